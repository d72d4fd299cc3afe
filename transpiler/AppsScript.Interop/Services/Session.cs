namespace AppsScript.Interop.Services;

/// <summary>
/// Apps Script's <c>Session</c>: who runs the script and in which time zone. Reading an email address needs
/// the <c>https://www.googleapis.com/auth/userinfo.email</c> scope when the manifest lists its scopes.
/// </summary>
[External]
public static class Session
{
    /// <summary>The user at the keyboard; their email may be empty when the script runs as someone else (a trigger, a web app run as its owner).</summary>
    public static extern User GetActiveUser();

    /// <summary>The user whose authority the script runs with: the trigger's installer, or the web app's owner when it runs as them.</summary>
    public static extern User GetEffectiveUser();

    /// <summary>The script's time zone, from the manifest's <c>timeZone</c>, such as <c>"Etc/UTC"</c>.</summary>
    public static extern string GetScriptTimeZone();

    /// <summary>The active user's language setting, such as <c>"en"</c>, or an empty string when unknown.</summary>
    public static extern string GetActiveUserLocale();
}

/// <summary>A Google user.</summary>
[External]
public interface User
{
    /// <summary>The user's email address, or an empty string when Apps Script may not reveal it.</summary>
    string GetEmail();
}

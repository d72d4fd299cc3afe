using AppsScript.Emulator.Interop;

namespace AppsScript.Emulator.Services.Session;

/// <summary><c>Session</c>: the user (active and effective are the same: the owner runs everything), the script's time zone, the user key.</summary>
internal static class SessionService
{
    public static HostObject Create(JsHost host)
    {
        var environment = host.Execution.Environment;
        HostObject User() => host.Object("Session.User").Method("getEmail", 0, _ => environment.UserEmail);
        return host.Object("Session")
            .Method("getActiveUser", 0, _ => User())
            .Method("getEffectiveUser", 0, _ => User())
            .Method("getScriptTimeZone", 0, _ => host.Execution.Project.Manifest.TimeZone)
            .Method("getTemporaryActiveUserKey", 0, _ => environment.TemporaryActiveUserKey)
            .Method("getActiveUserLocale", 0, _ => "en");
    }
}

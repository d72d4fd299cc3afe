namespace AppsScript.Interop.Services;

/// <summary>
/// Apps Script's <c>ScriptApp</c>: installable triggers, state tokens for callbacks, the web app service and
/// the script's identity. Managing triggers needs the <c>https://www.googleapis.com/auth/script.scriptapp</c> scope.
/// </summary>
[External]
public static class ScriptApp
{
    /// <summary>Starts building an installable trigger that calls the named top-level function.</summary>
    public static extern TriggerBuilder NewTrigger(string functionName);

    /// <summary>The installable triggers of this project that belong to the user running the script.</summary>
    public static extern Trigger[] GetProjectTriggers();

    /// <summary>Deletes the trigger, so it no longer runs.</summary>
    public static extern void DeleteTrigger(Trigger trigger);

    /// <summary>Starts building a state token, which lets a callback URL (an OAuth redirect) call a function of this script.</summary>
    public static extern StateTokenBuilder NewStateToken();

    /// <summary>The script's web app service.</summary>
    public static extern Service GetService();

    /// <summary>The ID of this script project, as in the editor's URL and <c>.clasp.json</c>.</summary>
    public static extern string GetScriptId();

    /// <summary>An OAuth 2.0 access token for the user running the script, carrying the scopes the script has.</summary>
    public static extern string GetOAuthToken();

    /// <summary>The kind of event a trigger responds to (<c>ScriptApp.EventType</c>). Members keep Apps Script's names.</summary>
    public enum EventType
    {
        CLOCK,
        ON_OPEN,
        ON_EDIT,
        ON_FORM_SUBMIT,
        ON_CHANGE,
        ON_EVENT_UPDATED,
    }

    /// <summary>Which services a triggered function may use (<c>ScriptApp.AuthMode</c>). Members keep Apps Script's names.</summary>
    public enum AuthMode
    {
        NONE,
        CUSTOM_FUNCTION,
        LIMITED,
        FULL,
    }
}

/// <summary>An installable trigger of the project.</summary>
[External]
public interface Trigger
{
    /// <summary>The name of the function the trigger calls.</summary>
    string GetHandlerFunction();

    /// <summary>The trigger's unique ID, also given to its handler as the event's <c>triggerUid</c>.</summary>
    string GetUniqueId();

    /// <summary>The kind of event the trigger responds to, <see cref="ScriptApp.EventType.CLOCK"/> for a time-driven one.</summary>
    ScriptApp.EventType GetEventType();
}

/// <summary>The first step of <see cref="ScriptApp.NewTrigger"/>: chooses what kind of trigger to build.</summary>
[External]
public interface TriggerBuilder
{
    /// <summary>Builds a time-driven trigger.</summary>
    ClockTriggerBuilder TimeBased();
}

/// <summary>A builder of time-driven triggers; <see cref="Create"/> installs the trigger.</summary>
[External]
public interface ClockTriggerBuilder
{
    /// <summary>Runs the trigger every <paramref name="n"/> minutes; <paramref name="n"/> must be 1, 5, 10, 15 or 30 (the typings do not check it).</summary>
    ClockTriggerBuilder EveryMinutes(int n);

    /// <summary>Runs the trigger every <paramref name="n"/> hours.</summary>
    ClockTriggerBuilder EveryHours(int n);

    /// <summary>Runs the trigger once, at least the given number of milliseconds from now.</summary>
    ClockTriggerBuilder After(int durationMilliseconds);

    /// <summary>Installs the trigger and returns it.</summary>
    Trigger Create();
}

/// <summary>
/// A builder of state tokens: the token names a function of this script and arguments, and a callback URL
/// carrying it (<c>/usercallback?state=</c>) calls that function with a request whose <c>parameter</c> holds them.
/// </summary>
[External]
public interface StateTokenBuilder
{
    /// <summary>The function the callback calls.</summary>
    StateTokenBuilder WithMethod(string method);

    /// <summary>An argument the callback's request will hold in <c>parameter[name]</c>.</summary>
    StateTokenBuilder WithArgument(string name, string value);

    /// <summary>How many seconds the token stays valid: 60 by default, at most 3600.</summary>
    StateTokenBuilder WithTimeout(int seconds);

    /// <summary>The encrypted token, to pass as the <c>state</c> parameter of the callback URL.</summary>
    string CreateToken();
}

/// <summary>The script's web app service (<c>ScriptApp.getService()</c>).</summary>
[External]
public interface Service
{
    /// <summary>The web app's URL (ending in <c>/exec</c>, or <c>/dev</c> in development mode), or null when it was never deployed.</summary>
    string? GetUrl();
}

namespace AppsScript.Emulator.Runtime;

/// <summary>What started an execution, which decides the event object its function receives.</summary>
public enum ExecutionOrigin
{
    /// <summary>Run from the editor (or <c>clasp run</c>): the function gets the arguments given, none in Apps Script.</summary>
    Editor,

    /// <summary>A time-driven trigger: the function gets the time-driven event object.</summary>
    TimeTrigger,

    /// <summary>An HTTP GET to the web app: <c>doGet(e)</c>.</summary>
    WebAppGet,

    /// <summary>An HTTP POST to the web app: <c>doPost(e)</c>.</summary>
    WebAppPost,

    /// <summary>The <c>/usercallback</c> URL with a state token: the token's method with the request object.</summary>
    UserCallback,
}

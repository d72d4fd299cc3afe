using System;

namespace AppsScript.Emulator;

/// <summary>
/// An error an Apps Script service raises. Inside a script it surfaces as a JavaScript <c>Error</c> whose
/// <c>name</c> is <c>"Exception"</c>, so <c>String(e)</c> reads <c>"Exception: Request failed for ..."</c>
/// as it does in Apps Script's execution log; the script can catch it.
/// </summary>
public sealed class AppsScriptException : Exception
{
    public AppsScriptException(string message)
        : base(message)
    {
    }

    /// <summary>Apps Script's text for arguments that fit none of a method's overloads.</summary>
    internal static AppsScriptException SignatureMismatch(string argumentTypes, string method) =>
        new($"The parameters ({argumentTypes}) don't match the method signature for {method}.");

    internal static AppsScriptException InvalidArgument(string name) => new($"Invalid argument: {name}");
}

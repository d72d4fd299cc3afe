namespace AppsScript.Interop.Services;

/// <summary>
/// Apps Script's <c>Logger</c>: the execution log shown in the editor and, with STACKDRIVER exception
/// logging, in Cloud Logging.
/// </summary>
[External]
public static class Logger
{
    /// <summary>Writes the value to the log.</summary>
    public static extern void Log(object? data);

    /// <summary>Writes the format to the log with each <c>%s</c> replaced by the next value.</summary>
    public static extern void Log(string format, params object?[] values);

    /// <summary>Everything logged so far in this execution.</summary>
    public static extern string GetLog();

    /// <summary>Clears the log of this execution.</summary>
    public static extern void Clear();
}

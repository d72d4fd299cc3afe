using System.Linq;
using System.Text.RegularExpressions;
using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Runtime;
using Jint;
using Jint.Native;

namespace AppsScript.Emulator.Services.Logging;

/// <summary><c>Logger</c>: <c>log(data)</c> or <c>log(format, ...values)</c> with <c>%s</c> placeholders, <c>getLog</c>, <c>clear</c>.</summary>
internal static partial class LoggerService
{
    public static HostObject Create(JsHost host)
    {
        var log = host.Execution.Log;
        var logger = host.Object("Logger");
        logger
            .Method("log", 1, arguments =>
            {
                log.Add(LogLevel.Logger, arguments.Length > 1 ? Format(arguments[0].AsText(), arguments[1..]) : JavaStyle.Print(arguments[0]));
                return logger;
            })
            .Method("getLog", 0, _ => log.LoggerText())
            .Action("clear", 0, _ => log.ClearLogger());
        return logger;
    }

    /// <summary>Replaces each <c>%s</c> with the next value; placeholders without a value stay as they are.</summary>
    private static string Format(string template, JsValue[] values)
    {
        var next = 0;
        return Placeholder().Replace(template, match => next < values.Length ? JavaStyle.Print(values[next++]) : match.Value);
    }

    [GeneratedRegex("%s")]
    private static partial Regex Placeholder();
}

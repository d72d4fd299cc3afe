using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Runtime;
using Jint;
using Jint.Native;
using Jint.Native.Function;
using Jint.Runtime;

namespace AppsScript.Emulator.Services.Logging;

/// <summary>
/// <c>console</c>: <c>log</c>/<c>info</c>/<c>warn</c>/<c>error</c> with the console's format specifiers
/// (<c>%s %d %i %f %o %O %%</c>) and the remaining arguments joined by spaces, objects as JSON;
/// <c>time</c>/<c>timeEnd</c> on the environment's clock.
/// </summary>
internal static class ConsoleService
{
    public static HostObject Create(JsHost host)
    {
        var log = host.Execution.Log;
        var clock = host.Execution.Environment.Clock;
        var timers = new Dictionary<string, DateTimeOffset>();
        var console = host.Object("console");
        foreach (var (name, level) in new[] { ("log", LogLevel.Info), ("info", LogLevel.Info), ("warn", LogLevel.Warning), ("error", LogLevel.Error), ("debug", LogLevel.Debug) })
        {
            console.Action(name, 0, arguments => log.Add(level, Format(host, arguments)));
        }
        console.Action("time", 0, arguments => timers[Label(arguments)] = clock.GetUtcNow());
        console.Action("timeEnd", 0, arguments =>
        {
            var label = Label(arguments);
            if (timers.Remove(label, out var started))
            {
                log.Add(LogLevel.Info, $"{label}: {(clock.GetUtcNow() - started).TotalMilliseconds.ToString(CultureInfo.InvariantCulture)}ms");
            }
        });
        return console;
    }

    private static string Label(JsValue[] arguments) => arguments.At(0).AsOptionalText() ?? "default";

    private static string Format(JsHost host, JsValue[] arguments)
    {
        if (arguments.Length == 0) return "";
        var text = new StringBuilder();
        var next = 1;
        if (arguments[0] is JsString template)
        {
            var format = template.ToString();
            for (var index = 0; index < format.Length; index++)
            {
                if (format[index] != '%' || index + 1 == format.Length)
                {
                    text.Append(format[index]);
                    continue;
                }
                var specifier = format[index + 1];
                if (specifier == '%')
                {
                    text.Append('%');
                }
                else if ("sdifoOj".Contains(specifier) && next < arguments.Length)
                {
                    var value = arguments[next++];
                    text.Append(specifier switch
                    {
                        's' => value is JsString ? value.ToString() : Show(host, value),
                        'd' or 'i' => Math.Truncate(TypeConverter.ToNumber(value)).ToString(CultureInfo.InvariantCulture),
                        'f' => TypeConverter.ToNumber(value).ToString(CultureInfo.InvariantCulture),
                        _ => Show(host, value),
                    });
                }
                else
                {
                    text.Append('%').Append(specifier);
                }
                index++;
            }
        }
        else
        {
            text.Append(Show(host, arguments[0]));
        }
        for (; next < arguments.Length; next++) text.Append(' ').Append(arguments[next] is JsString ? arguments[next].ToString() : Show(host, arguments[next]));
        return text.ToString();
    }

    private static string Show(JsHost host, JsValue value)
    {
        if (value is JsString or JsNumber or JsBoolean || value.IsAbsent() || value is Function || value is JsDate) return value.AsText();
        if (value is JsError error) return error.Get("stack").AsOptionalText() is { Length: > 0 } stack ? $"{error.AsText()}\n{stack}" : error.AsText();
        try
        {
            var json = new Jint.Native.Json.JsonSerializer(host.Engine).Serialize(value);
            return json.IsUndefined() ? value.AsText() : json.AsString();
        }
        catch (JavaScriptException)
        {
            return value.AsText();
        }
    }
}

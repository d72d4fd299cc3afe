using System;
using System.Globalization;
using System.Linq;
using AppsScript.Emulator.Interop;
using Jint;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;

namespace AppsScript.Emulator.Services.Logging;

/// <summary>
/// JS values as Apps Script's Java side prints them in <c>Logger.log</c> and <c>Utilities.formatString</c>:
/// numbers as Java doubles (<c>5.0</c>, <c>1.0E21</c>), arrays as <c>[a, b]</c>, objects as <c>{key=value}</c>.
/// </summary>
internal static class JavaStyle
{
    public static string Print(JsValue value, int depth = 0) => value switch
    {
        JsString text => text.ToString(),
        JsNumber number => Double(number.AsNumber()),
        JsBoolean flag => flag.AsBoolean() ? "true" : "false",
        _ when value.IsNull() => "null",
        _ when value.IsUndefined() => "undefined",
        JsDate or Function => value.AsText(),
        _ when depth > 8 => "...",
        _ when value.Elements() is { } elements => "[" + string.Join(", ", elements.Select(element => Print(element, depth + 1))) + "]",
        ObjectInstance instance => "{" + string.Join(", ", instance.Keys().Select(key => $"{key}={Print(instance.Get(key), depth + 1)}")) + "}",
        _ => value.AsText(),
    };

    /// <summary>Java's <c>Double.toString</c>: plain between 10^-3 and 10^7 (always with a fraction), scientific outside.</summary>
    public static string Double(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsInfinity(value)) return value > 0 ? "Infinity" : "-Infinity";
        if (value == 0) return 1 / value < 0 ? "-0.0" : "0.0";
        var magnitude = Math.Abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7)
        {
            var plain = value.ToString("R", CultureInfo.InvariantCulture);
            return plain.Contains('.') ? plain : plain + ".0";
        }
        var scientific = value.ToString("E16", CultureInfo.InvariantCulture);
        var exponentAt = scientific.IndexOf('E');
        var mantissa = double.Parse(scientific[..exponentAt], CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
        if (!mantissa.Contains('.')) mantissa += ".0";
        var exponent = int.Parse(scientific[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        return $"{mantissa}E{exponent}";
    }
}

using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Services.Logging;
using Jint;
using Jint.Native;

namespace AppsScript.Emulator.Services.Utilities;

/// <summary><c>Utilities.formatString</c>: Java's <c>String.format</c> (<c>%s</c>, <c>%d</c>, <c>%f</c>, <c>%x</c>, <c>%e</c>, widths, precisions, <c>%%</c>, <c>%n</c>).</summary>
internal static partial class JavaFormat
{
    public static string Sprintf(string template, JsValue[] values)
    {
        var next = 0;
        return Specifier().Replace(template, match =>
        {
            var conversion = match.Groups["conversion"].Value;
            if (conversion == "%") return "%";
            if (conversion == "n") return "\n";
            if (next >= values.Length) throw new AppsScriptException($"Format specifier '{match.Value}' has no matching argument.");
            var value = values[next++];
            var precision = match.Groups["precision"].Success ? int.Parse(match.Groups["precision"].Value, CultureInfo.InvariantCulture) : (int?)null;
            var text = conversion switch
            {
                "s" or "S" => Truncate(JavaStyle.Print(value), precision),
                "d" => ((long)value.NumberValue()).ToString(CultureInfo.InvariantCulture),
                "f" => value.NumberValue().ToString("F" + (precision ?? 6), CultureInfo.InvariantCulture),
                "e" => value.NumberValue().ToString((precision is { } digits ? "0." + new string('0', digits) : "0.000000") + "e+00", CultureInfo.InvariantCulture),
                "x" => ((long)value.NumberValue()).ToString("x", CultureInfo.InvariantCulture),
                "X" => ((long)value.NumberValue()).ToString("X", CultureInfo.InvariantCulture),
                _ => throw new AppsScriptException($"Unknown format conversion '{conversion}'."),
            };
            if (conversion == "S") text = text.ToUpperInvariant();
            var flags = match.Groups["flags"].Value;
            if (!match.Groups["width"].Success) return text;
            var width = int.Parse(match.Groups["width"].Value, CultureInfo.InvariantCulture);
            return flags.Contains('-') ? text.PadRight(width) : text.PadLeft(width, flags.Contains('0') ? '0' : ' ');
        });
    }

    private static string Truncate(string text, int? precision) => precision is { } length && text.Length > length ? text[..length] : text;

    [GeneratedRegex(@"%(?<flags>[-0+ ,#]*)(?<width>\d+)?(\.(?<precision>\d+))?(?<conversion>[sSdfexXn%])")]
    private static partial Regex Specifier();
}

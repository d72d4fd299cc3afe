using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// System.DateTimeOffset as its UTC instant, a number of milliseconds since the Unix epoch. The offset is not
/// kept, so the members that depend on it (Offset, DateTime, the calendar parts, ToString, AddMonths) are
/// GAS2003 and point to UtcDateTime. Parse reads ISO 8601 text.
/// </summary>
internal static class DateTimeOffsetReplacements
{
    private const string T = "System.DateTimeOffset";

    /// <summary>The hint of every member that needs the offset: what to use instead.</summary>
    public const string OffsetHint = "a DateTimeOffset keeps only its UTC instant here, not its offset; use .UtcDateTime (for text, .UtcDateTime.ToString(\"o\"))";

    private static readonly (string Method, double Unit)[] AddUnits =
    {
        ("AddDays", TimeValues.Day), ("AddHours", TimeValues.Hour), ("AddMinutes", TimeValues.Minute),
        ("AddSeconds", TimeValues.Second), ("AddMilliseconds", 1),
    };

    public static void Register(ReplacementTable table)
    {
        table.Add($"P:{T}.UtcNow", _ => DateTimeReplacements.Now);
        table.Add(new[] { $"P:{T}.UtcDateTime", $"M:{T}.ToUniversalTime" }, call => call.Receiver);
        // A DateTime here is UTC, which makes an offset of zero: the same instant.
        table.Add(new[] { $"M:{T}.#ctor(System.DateTime)", $"M:{T}.op_Implicit(System.DateTime)~{T}" }, call => call.Arg(0));
        table.Add($"M:{T}.ToUnixTimeMilliseconds", call => Floor(call.Receiver));
        table.Add($"M:{T}.ToUnixTimeSeconds", call => Floor(new JsBinary("/", call.Receiver, new JsNumberLiteral(TimeValues.Second))));
        table.Add($"M:{T}.FromUnixTimeMilliseconds(System.Int64)", call => call.Arg(0));
        table.Add($"M:{T}.FromUnixTimeSeconds(System.Int64)", call => TimeValues.Scaled(call.Arg(0), TimeValues.Second));
        RegisterParsing(table);
        RegisterArithmetic(table);
        TimeValues.RegisterComparisons(table, T);
        RegisterOffsetDependent(table);
    }

    private static JsExpression Floor(JsExpression value) => new JsCall(new JsMember(new JsIdentifier("Math"), "floor"), new[] { value });

    private static void RegisterParsing(ReplacementTable table)
    {
        const string s = "System.String";
        const string provider = "System.IFormatProvider";
        const string styles = "System.Globalization.DateTimeStyles";
        table.Add($"M:{T}.Parse({s})", call => Parse(call, assumeUniversal: false, orNull: false));
        table.Add($"M:{T}.Parse({s},{provider})", call => TimeValues.RequireInvariantCulture(call, 1) ? Parse(call, false, false) : Undefined);
        table.Add($"M:{T}.Parse({s},{provider},{styles})",
            call => TimeValues.RequireInvariantCulture(call, 1) && AssumesUniversal(call, 2) is { } assume ? Parse(call, assume, false) : Undefined);
        table.Add($"M:{T}.TryParse({s},{T}@)", call => OutArguments.WhenNotNull(call, 1, Parse(call, false, true)));
        table.Add($"M:{T}.TryParse({s},{provider},{T}@)",
            call => TimeValues.RequireInvariantCulture(call, 1) ? OutArguments.WhenNotNull(call, 2, Parse(call, false, true)) : Undefined);
        table.Add($"M:{T}.TryParse({s},{provider},{styles},{T}@)",
            call => TimeValues.RequireInvariantCulture(call, 1) && AssumesUniversal(call, 2) is { } assume
                ? OutArguments.WhenNotNull(call, 3, Parse(call, assume, true))
                : Undefined);
    }

    private static JsExpression Undefined => new JsIdentifier("undefined");

    private static JsExpression Parse(BclCall call, bool assumeUniversal, bool orNull) =>
        call.Helper("parseDateTimeOffset_", call.Arg(0), new JsBooleanLiteral(assumeUniversal), new JsBooleanLiteral(orNull));

    /// <summary>
    /// Whether constant DateTimeStyles make text without an offset UTC. AdjustToUniversal changes nothing here,
    /// where every value is UTC; AssumeLocal and the rest are reported and give null.
    /// </summary>
    private static bool? AssumesUniversal(BclCall call, int index)
    {
        const int adjustToUniversal = 16;
        const int assumeUniversal = 64;
        if (call.Constant(index) is int value && (value & ~(adjustToUniversal | assumeUniversal)) == 0) return (value & assumeUniversal) != 0;
        call.Body.Unsupported(call.ArgumentOperation(index)!, DiagnosticDescriptors.UnsupportedFormat, call.ArgumentOperation(index)!.Syntax.ToString(),
            "DateTimeOffset.Parse", "constant DateTimeStyles of None, AssumeUniversal and AdjustToUniversal");
        return null;
    }

    private static void RegisterArithmetic(ReplacementTable table)
    {
        foreach (var (method, unit) in AddUnits)
        {
            table.Add($"M:{T}.{method}(System.Double)", call => TimeValues.Plus(call.Receiver, TimeValues.Scaled(call.Arg(0), unit)));
        }
        table.Add($"M:{T}.Add(System.TimeSpan)", call => TimeValues.Plus(call.Receiver, call.Arg(0)));
        table.Add(new[] { $"M:{T}.Subtract(System.TimeSpan)", $"M:{T}.Subtract({T})" }, call => TimeValues.Minus(call.Receiver, call.Arg(0)));
        table.Add($"M:{T}.op_Addition({T},System.TimeSpan)", call => TimeValues.Plus(call.Arg(0), call.Arg(1)));
        table.Add(new[] { $"M:{T}.op_Subtraction({T},System.TimeSpan)", $"M:{T}.op_Subtraction({T},{T})" }, call => TimeValues.Minus(call.Arg(0), call.Arg(1)));
    }

    private static void RegisterOffsetDependent(ReplacementTable table)
    {
        TimeValues.AddEnvironmentDependent(table, new[] { $"P:{T}.Now" }, "use DateTimeOffset.UtcNow");
        TimeValues.AddEnvironmentDependent(table, new[]
        {
            $"P:{T}.Offset", $"P:{T}.TotalOffsetMinutes", $"P:{T}.DateTime", $"P:{T}.LocalDateTime", $"P:{T}.Date", $"P:{T}.TimeOfDay",
            $"P:{T}.Year", $"P:{T}.Month", $"P:{T}.Day", $"P:{T}.Hour", $"P:{T}.Minute", $"P:{T}.Second", $"P:{T}.Millisecond",
            $"P:{T}.DayOfWeek", $"P:{T}.DayOfYear", $"M:{T}.AddMonths(System.Int32)", $"M:{T}.AddYears(System.Int32)",
            $"M:{T}.ToLocalTime", $"M:{T}.ToOffset(System.TimeSpan)", $"M:{T}.EqualsExact({T})",
            $"M:{T}.ToString", $"M:{T}.ToString(System.String)", $"M:{T}.ToString(System.IFormatProvider)",
            $"M:{T}.ToString(System.String,System.IFormatProvider)",
        }, OffsetHint);
    }
}

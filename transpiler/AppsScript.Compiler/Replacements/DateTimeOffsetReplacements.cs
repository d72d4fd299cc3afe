using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// System.DateTimeOffset as its UTC instant, a number of milliseconds since the Unix epoch. The offset is not
/// kept, so the members that depend on it (Offset, DateTime, the calendar parts, AddMonths) are GAS2003 and point
/// to UtcDateTime. Its string is formatted where the code shows its offset is +00:00 (UtcNow, FromUnixTime…,
/// ToUniversalTime() and those moved by a span), else GAS2003 too. Parse reads ISO 8601 text.
/// </summary>
internal static class DateTimeOffsetReplacements
{
    private const string T = "System.DateTimeOffset";

    /// <summary>The hint of every member that needs the offset: what to use instead.</summary>
    public const string OffsetHint = "a DateTimeOffset keeps only its UTC instant here, not its offset; use .UtcDateTime, or for text .ToUniversalTime().ToString(...), whose offset is +00:00";

    public static void Register(ReplacementTable table)
    {
        table.Add($"P:{T}.UtcNow", _ => TimeValues.Now);
        table.Add(new[] { $"P:{T}.UtcDateTime", $"M:{T}.ToUniversalTime" }, call => call.Receiver);
        // A DateTime here is UTC, which makes an offset of zero: the same instant.
        table.Add(new[] { $"M:{T}.#ctor(System.DateTime)", $"M:{T}.op_Implicit(System.DateTime)~{T}" }, call => call.Arg(0));
        table.Add($"M:{T}.ToUnixTimeMilliseconds", call => TimeValues.Floor(call.Receiver));
        table.Add($"M:{T}.ToUnixTimeSeconds", call => TimeValues.Floor(new JsBinary("/", call.Receiver, new JsNumberLiteral(TimeValues.Second))));
        table.Add($"M:{T}.FromUnixTimeMilliseconds(System.Int64)", call => call.Arg(0));
        table.Add($"M:{T}.FromUnixTimeSeconds(System.Int64)", call => TimeValues.Scaled(call.Arg(0), TimeValues.Second));
        RegisterParsing(table);
        RegisterStrings(table);
        TimeValues.RegisterInstantArithmetic(table, T);
        TimeValues.RegisterComparisons(table, T);
        RegisterOffsetDependent(table);
    }

    private static void RegisterParsing(ReplacementTable table)
    {
        const string s = "System.String";
        const string provider = "System.IFormatProvider";
        const string styles = "System.Globalization.DateTimeStyles";
        table.Add($"M:{T}.Parse({s})", call => Parse(call, assumeUniversal: false, orNull: false));
        table.Add($"M:{T}.Parse({s},{provider})", call => TimeValues.WithInvariantCulture(call, 1, () => Parse(call, false, false)));
        table.Add($"M:{T}.Parse({s},{provider},{styles})",
            call => TimeValues.WithInvariantCulture(call, 1, () => WithStyles(call, 2, assume => Parse(call, assume, false))));
        table.Add($"M:{T}.TryParse({s},{T}@)", call => OutArguments.WhenNotNull(call, 1, Parse(call, false, true)));
        table.Add($"M:{T}.TryParse({s},{provider},{T}@)",
            call => TimeValues.WithInvariantCulture(call, 1, () => OutArguments.WhenNotNull(call, 2, Parse(call, false, true))));
        table.Add($"M:{T}.TryParse({s},{provider},{styles},{T}@)",
            call => TimeValues.WithInvariantCulture(call, 1, () => WithStyles(call, 2, assume => OutArguments.WhenNotNull(call, 3, Parse(call, assume, true)))));
    }

    private static JsExpression Parse(BclCall call, bool assumeUniversal, bool orNull) =>
        call.Helper("parseDateTimeOffset_", call.Arg(0), new JsBooleanLiteral(assumeUniversal), new JsBooleanLiteral(orNull));

    /// <summary>
    /// A parse with constant DateTimeStyles, lowered with whether they make text without an offset UTC
    /// (AssumeUniversal). AdjustToUniversal changes nothing here, where every value is UTC; other styles
    /// (AssumeLocal, the whitespace rules) are reported.
    /// </summary>
    private static JsExpression WithStyles(BclCall call, int index, System.Func<bool, JsExpression> lower)
    {
        const int adjustToUniversal = 16;
        const int assumeUniversal = 64;
        if (call.Constant(index) is int value && (value & ~(adjustToUniversal | assumeUniversal)) == 0) return lower((value & assumeUniversal) != 0);
        var styles = call.ArgumentOperation(index)!;
        return call.Body.Unsupported(styles, DiagnosticDescriptors.UnsupportedFormat, styles.Syntax.ToString(), "DateTimeOffset.Parse",
            "constant DateTimeStyles of None, AssumeUniversal and AdjustToUniversal");
    }

    private static void RegisterOffsetDependent(ReplacementTable table)
    {
        TimeValues.AddEnvironmentDependent(table, "use DateTimeOffset.UtcNow", $"P:{T}.Now");
        TimeValues.AddEnvironmentDependent(table, OffsetHint,
            $"P:{T}.Offset", $"P:{T}.TotalOffsetMinutes", $"P:{T}.DateTime", $"P:{T}.LocalDateTime", $"P:{T}.Date", $"P:{T}.TimeOfDay",
            $"P:{T}.Year", $"P:{T}.Month", $"P:{T}.Day", $"P:{T}.Hour", $"P:{T}.Minute", $"P:{T}.Second", $"P:{T}.Millisecond",
            $"P:{T}.DayOfWeek", $"P:{T}.DayOfYear", $"M:{T}.AddMonths(System.Int32)", $"M:{T}.AddYears(System.Int32)",
            $"M:{T}.ToLocalTime", $"M:{T}.ToOffset(System.TimeSpan)", $"M:{T}.EqualsExact({T})");
    }

    private static void RegisterStrings(ReplacementTable table)
    {
        table.Add($"M:{T}.ToString", call => WithZeroOffset(call, () => Strings.Display(call.ReceiverOperation!, call.Body)));
        table.Add($"M:{T}.ToString(System.String)", call => WithZeroOffset(call, () => TimeValues.Formatted(call, 0)));
        table.Add($"M:{T}.ToString(System.IFormatProvider)",
            call => WithZeroOffset(call, () => TimeValues.WithInvariantCulture(call, 0, () => Strings.Display(call.ReceiverOperation!, call.Body))));
        table.Add($"M:{T}.ToString(System.String,System.IFormatProvider)",
            call => WithZeroOffset(call, () => TimeValues.WithInvariantCulture(call, 1, () => TimeValues.Formatted(call, 0))));
    }

    private static JsExpression WithZeroOffset(BclCall call, System.Func<JsExpression> lower) =>
        HasZeroOffset(call.ReceiverOperation!) ? lower() : TimeValues.EnvironmentDependent(call, OffsetHint);

    /// <summary>
    /// Whether the code shows the value's offset is +00:00: DateTimeOffset.UtcNow, FromUnixTimeSeconds and
    /// FromUnixTimeMilliseconds, ToUniversalTime(), and any of these moved by Add…, Subtract or + and - of a span.
    /// </summary>
    public static bool HasZeroOffset(IOperation operation) => operation switch
    {
        IPropertyReferenceOperation { Property: { Name: "UtcNow" } property } => TypeFacts.IsDateTimeOffset(property.ContainingType),
        IInvocationOperation { TargetMethod: var method } invocation when TypeFacts.IsDateTimeOffset(method.ContainingType) && TypeFacts.IsDateTimeOffset(method.ReturnType) =>
            method.Name is "ToUniversalTime" or "FromUnixTimeSeconds" or "FromUnixTimeMilliseconds"
            || (method.Name.StartsWith("Add", System.StringComparison.Ordinal) && method.Name != "AddMonths" && method.Name != "AddYears" || method.Name == "Subtract")
                && invocation.Instance is { } instance && HasZeroOffset(instance),
        IBinaryOperation { OperatorMethod: { } method } binary when TypeFacts.IsDateTimeOffset(method.ReturnType) => HasZeroOffset(binary.LeftOperand),
        _ => false,
    };
}

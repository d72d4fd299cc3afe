using System.Linq;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// System.DateTime as a number of milliseconds since the Unix epoch. Only UTC DateTimes can be represented, so
/// everything that makes or reads a local or unspecified time (Now, Today, Parse, a constructor without
/// DateTimeKind.Utc, Kind, ToLocalTime) is GAS2003. Registers TimeSpan and DateTimeOffset too, the rest of the
/// date and time area.
/// </summary>
internal static class DateTimeReplacements
{
    private const string T = "System.DateTime";

    public static void Register(ReplacementTable table)
    {
        RegisterValues(table);
        RegisterConstructors(table);
        RegisterParts(table);
        RegisterArithmetic(table);
        TimeValues.RegisterComparisons(table, T);
        RegisterStrings(table);
        RegisterLocalTime(table);
        TimeSpanReplacements.Register(table);
        DateTimeOffsetReplacements.Register(table);
    }

    private static void RegisterValues(ReplacementTable table)
    {
        table.Add($"P:{T}.UtcNow", _ => TimeValues.Now);
        table.Add($"F:{T}.UnixEpoch", _ => new JsNumberLiteral(0));
        table.Add(new[] { $"F:{T}.MinValue", $"M:{T}.#ctor" }, _ => new JsNumberLiteral(Literals.DateTimeMinValue));
        table.Add($"F:{T}.MaxValue", _ => new JsNumberLiteral(MaxValue));
    }

    /// <summary>
    /// DateTime.MaxValue, 9999-12-31T23:59:59.9999999: one tick before the year 10000 is closer than a double can
    /// hold there, so the largest double below stands for it (formatDateTime_ knows it).
    /// </summary>
    public const double MaxValue = 253402300799999.97;

    private static void RegisterConstructors(ReplacementTable table)
    {
        const string date = "System.Int32,System.Int32,System.Int32";
        table.Add($"M:{T}.#ctor({date},System.Int32,System.Int32,System.Int32,System.DateTimeKind)", call => Utc(call, 6));
        table.Add($"M:{T}.#ctor({date},System.Int32,System.Int32,System.Int32,System.Int32,System.DateTimeKind)", call => Utc(call, 7));
        TimeValues.AddEnvironmentDependent(table, "its Kind is Unspecified, which Apps Script would read as UTC; use new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc)",
            $"M:{T}.#ctor({date})", $"M:{T}.#ctor({date},System.Int32,System.Int32,System.Int32)",
            $"M:{T}.#ctor({date},System.Int32,System.Int32,System.Int32,System.Int32)");
    }

    /// <summary>
    /// <c>new DateTime(y, M, d, h, m, s[, ms], DateTimeKind.Utc)</c>: Date.UTC when the parts are constants of a
    /// date that exists (Date.UTC reads years below 100 as 19xx and rolls invalid dates over), else the helper
    /// that checks them and throws as .NET does.
    /// </summary>
    private static JsExpression Utc(BclCall call, int kindIndex)
    {
        const int utc = 1;
        if (call.Constant(kindIndex) is not utc)
        {
            return TimeValues.EnvironmentDependent(call, "only UTC DateTimes can be represented; pass DateTimeKind.Utc");
        }
        var parts = Enumerable.Range(0, kindIndex).Select(i => call.Constant(i) as int?).ToList();
        if (parts.All(p => p is not null) && IsValidUtc(parts.Select(p => p!.Value).ToArray()))
        {
            var arguments = parts.Select((p, i) => (JsExpression)new JsNumberLiteral(i == 1 ? p!.Value - 1 : p!.Value)).ToList();
            return new JsCall(new JsMember(new JsIdentifier("Date"), "UTC"), arguments);
        }
        var values = Enumerable.Range(0, kindIndex).Select(call.Arg).ToList();
        if (kindIndex == 6) values.Add(new JsNumberLiteral(0));
        return call.Helper("dateTimeUtc_", values.ToArray());
    }

    private static bool IsValidUtc(int[] parts)
    {
        if (parts[0] < 100 || parts[0] > 9999 || parts[1] < 1 || parts[1] > 12) return false;
        if (parts[2] < 1 || parts[2] > System.DateTime.DaysInMonth(parts[0], parts[1])) return false;
        return parts[3] is >= 0 and < 24 && parts[4] is >= 0 and < 60 && parts[5] is >= 0 and < 60 && (parts.Length < 7 || parts[6] is >= 0 and < 1000);
    }

    private static void RegisterParts(ReplacementTable table)
    {
        table.Add($"P:{T}.Year", call => UtcPart(call, "getUTCFullYear"));
        table.Add($"P:{T}.Month", call => new JsBinary("+", UtcPart(call, "getUTCMonth"), new JsNumberLiteral(1)));
        table.Add($"P:{T}.Day", call => UtcPart(call, "getUTCDate"));
        table.Add($"P:{T}.Hour", call => UtcPart(call, "getUTCHours"));
        table.Add($"P:{T}.Minute", call => UtcPart(call, "getUTCMinutes"));
        table.Add($"P:{T}.Second", call => UtcPart(call, "getUTCSeconds"));
        table.Add($"P:{T}.Millisecond", call => UtcPart(call, "getUTCMilliseconds"));
        // Sunday is 0 in both.
        table.Add($"P:{T}.DayOfWeek", call => UtcPart(call, "getUTCDay"));
        table.Add($"P:{T}.DayOfYear", call => call.Helper("dayOfYear_", call.Receiver));
        table.Add($"P:{T}.Date", call => new JsBinary("*", TimeValues.Floor(new JsBinary("/", call.Receiver, Day)), Day));
        // The remainder of a division that rounds down, so that a time before 1970 has a positive time of day.
        table.Add($"P:{T}.TimeOfDay", call => new JsBinary("%", new JsBinary("+", new JsBinary("%", call.Receiver, Day), Day), Day));
    }

    private static JsNumberLiteral Day => new(TimeValues.Day);

    /// <summary><c>new Date(value).getUTCHours()</c> and the like.</summary>
    private static JsExpression UtcPart(BclCall call, string getter) =>
        new JsCall(new JsMember(new JsNew(new JsIdentifier("Date"), new[] { call.Receiver }), getter), System.Array.Empty<JsExpression>());

    private static void RegisterArithmetic(ReplacementTable table)
    {
        TimeValues.RegisterInstantArithmetic(table, T);
        table.Add($"M:{T}.AddMonths(System.Int32)", call => call.Helper("addMonths_", call.Receiver, call.Arg(0)));
        table.Add($"M:{T}.AddYears(System.Int32)", call => call.Helper("addMonths_", call.Receiver, TimeValues.Scaled(call.Arg(0), 12)));
    }

    private static void RegisterStrings(ReplacementTable table)
    {
        table.Add($"M:{T}.ToString", call => Strings.Display(call.ReceiverOperation!, call.Body));
        table.Add($"M:{T}.ToString(System.String)", call => TimeValues.Formatted(call, 0));
        table.Add($"M:{T}.ToString(System.IFormatProvider)",
            call => TimeValues.WithInvariantCulture(call, 0, () => Strings.Display(call.ReceiverOperation!, call.Body)));
        table.Add($"M:{T}.ToString(System.String,System.IFormatProvider)", call => TimeValues.WithInvariantCulture(call, 1, () => TimeValues.Formatted(call, 0)));
    }

    /// <summary>Members that make, read or convert to a time that is not UTC.</summary>
    private static void RegisterLocalTime(ReplacementTable table)
    {
        TimeValues.AddEnvironmentDependent(table, "use DateTime.UtcNow", $"P:{T}.Now");
        TimeValues.AddEnvironmentDependent(table, "use DateTime.UtcNow.Date", $"P:{T}.Today");
        TimeValues.AddEnvironmentDependent(table, "only UTC DateTimes can be represented, so every DateTime here is UTC", $"P:{T}.Kind", $"M:{T}.SpecifyKind({T},System.DateTimeKind)");
        TimeValues.AddEnvironmentDependent(table, "only UTC DateTimes can be represented; format the UTC time", $"M:{T}.ToLocalTime");
        TimeValues.AddEnvironmentDependent(table, "every DateTime here is UTC already; remove the call", $"M:{T}.ToUniversalTime");
        TimeValues.AddEnvironmentDependent(table, "it gives a local or unspecified time; use DateTimeOffset.Parse(s).UtcDateTime",
            $"M:{T}.Parse(System.String)", $"M:{T}.Parse(System.String,System.IFormatProvider)",
            $"M:{T}.Parse(System.String,System.IFormatProvider,System.Globalization.DateTimeStyles)",
            $"M:{T}.TryParse(System.String,{T}@)", $"M:{T}.TryParse(System.String,System.IFormatProvider,{T}@)",
            $"M:{T}.TryParse(System.String,System.IFormatProvider,System.Globalization.DateTimeStyles,{T}@)",
            $"M:{T}.ParseExact(System.String,System.String,System.IFormatProvider)",
            $"M:{T}.ParseExact(System.String,System.String,System.IFormatProvider,System.Globalization.DateTimeStyles)");
    }
}

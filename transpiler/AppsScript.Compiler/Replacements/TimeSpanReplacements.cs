using System.Collections.Immutable;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// System.TimeSpan as a number of milliseconds: constructors and From* methods are sums of their parts, the
/// Total* properties divisions, the parts (Hours, Minutes, ...) truncate toward zero as .NET's do for a
/// negative span, and ToString() is .NET's "c" format.
/// </summary>
internal static class TimeSpanReplacements
{
    private const string T = "System.TimeSpan";

    private static readonly ImmutableArray<double> DayParts = [TimeValues.Day, TimeValues.Hour, TimeValues.Minute, TimeValues.Second, 1, 0.001];

    public static void Register(ReplacementTable table)
    {
        RegisterCreation(table);
        RegisterParts(table);
        RegisterArithmetic(table);
        TimeValues.RegisterComparisons(table, T);
        table.Add($"M:{T}.ToString", call => Strings.Display(call.ReceiverOperation!, call.Body));
        table.Add($"M:{T}.ToString(System.String)", call => TimeValues.Formatted(call, 0));
        table.Add($"M:{T}.ToString(System.String,System.IFormatProvider)", call => TimeValues.WithInvariantCulture(call, 1, () => TimeValues.Formatted(call, 0)));
    }

    private static void RegisterCreation(ReplacementTable table)
    {
        const string i = "System.Int32";
        const string l = "System.Int64";
        table.Add(new[] { $"F:{T}.Zero", $"M:{T}.#ctor" }, _ => new JsNumberLiteral(0));
        table.Add($"M:{T}.#ctor({i},{i},{i})", call => TimeValues.SumOfArguments(call, DayParts[1..4]));
        table.Add($"M:{T}.#ctor({i},{i},{i},{i})", call => TimeValues.SumOfArguments(call, DayParts[..4]));
        table.Add($"M:{T}.#ctor({i},{i},{i},{i},{i})", call => TimeValues.SumOfArguments(call, DayParts[..5]));
        table.Add(new[] { $"M:{T}.FromDays(System.Double)", $"M:{T}.FromDays({i})", $"M:{T}.FromDays({i},{i},{l},{l},{l},{l})" },
            call => TimeValues.SumOfArguments(call, DayParts[..call.ArgumentCount]));
        table.Add(new[] { $"M:{T}.FromHours(System.Double)", $"M:{T}.FromHours({i})", $"M:{T}.FromHours({i},{l},{l},{l},{l})" },
            call => TimeValues.SumOfArguments(call, DayParts[1..(1 + call.ArgumentCount)]));
        table.Add(new[] { $"M:{T}.FromMinutes(System.Double)", $"M:{T}.FromMinutes({l})", $"M:{T}.FromMinutes({l},{l},{l},{l})" },
            call => TimeValues.SumOfArguments(call, DayParts[2..(2 + call.ArgumentCount)]));
        table.Add(new[] { $"M:{T}.FromSeconds(System.Double)", $"M:{T}.FromSeconds({l})", $"M:{T}.FromSeconds({l},{l},{l})" },
            call => TimeValues.SumOfArguments(call, DayParts[3..(3 + call.ArgumentCount)]));
        table.Add(new[] { $"M:{T}.FromMilliseconds(System.Double)", $"M:{T}.FromMilliseconds({l})", $"M:{T}.FromMilliseconds({l},{l})" },
            call => TimeValues.SumOfArguments(call, DayParts[4..(4 + call.ArgumentCount)]));
    }

    private static void RegisterParts(ReplacementTable table)
    {
        table.Add($"P:{T}.TotalMilliseconds", call => call.Receiver);
        table.Add($"P:{T}.TotalSeconds", call => Divided(call.Receiver, TimeValues.Second));
        table.Add($"P:{T}.TotalMinutes", call => Divided(call.Receiver, TimeValues.Minute));
        table.Add($"P:{T}.TotalHours", call => Divided(call.Receiver, TimeValues.Hour));
        table.Add($"P:{T}.TotalDays", call => Divided(call.Receiver, TimeValues.Day));
        table.Add($"P:{T}.Days", call => Whole(call.Receiver, TimeValues.Day, null));
        table.Add($"P:{T}.Hours", call => Whole(call.Receiver, TimeValues.Hour, 24));
        table.Add($"P:{T}.Minutes", call => Whole(call.Receiver, TimeValues.Minute, 60));
        table.Add($"P:{T}.Seconds", call => Whole(call.Receiver, TimeValues.Second, 60));
        table.Add($"P:{T}.Milliseconds", call => Whole(call.Receiver, 1, 1000));
    }

    private static JsExpression Divided(JsExpression value, double unit) => new JsBinary("/", value, new JsNumberLiteral(unit));

    /// <summary><c>Math.trunc(value / unit) % modulo</c>: a whole number of units, negative for a negative span as in .NET.</summary>
    private static JsExpression Whole(JsExpression value, double unit, int? modulo)
    {
        JsExpression whole = new JsCall(new JsMember(new JsIdentifier("Math"), "trunc"), new[] { unit == 1 ? value : Divided(value, unit) });
        return modulo is { } m ? new JsBinary("%", whole, new JsNumberLiteral(m)) : whole;
    }

    private static void RegisterArithmetic(ReplacementTable table)
    {
        table.Add($"M:{T}.Add({T})", call => TimeValues.Plus(call.Receiver, call.Arg(0)));
        table.Add($"M:{T}.Subtract({T})", call => TimeValues.Minus(call.Receiver, call.Arg(0)));
        table.Add($"M:{T}.op_Addition({T},{T})", call => TimeValues.Plus(call.Arg(0), call.Arg(1)));
        table.Add($"M:{T}.op_Subtraction({T},{T})", call => TimeValues.Minus(call.Arg(0), call.Arg(1)));
        table.Add($"M:{T}.Multiply(System.Double)", call => new JsBinary("*", call.Receiver, call.Arg(0)));
        table.Add($"M:{T}.op_Multiply({T},System.Double)", call => new JsBinary("*", call.Arg(0), call.Arg(1)));
        table.Add($"M:{T}.op_Multiply(System.Double,{T})", call => new JsBinary("*", call.Arg(0), call.Arg(1)));
        table.Add(new[] { $"M:{T}.Divide(System.Double)", $"M:{T}.Divide({T})" }, call => new JsBinary("/", call.Receiver, call.Arg(0)));
        table.Add(new[] { $"M:{T}.op_Division({T},System.Double)", $"M:{T}.op_Division({T},{T})" }, call => new JsBinary("/", call.Arg(0), call.Arg(1)));
        table.Add($"M:{T}.Negate", call => new JsUnary("-", call.Receiver));
        table.Add($"M:{T}.op_UnaryNegation({T})", call => new JsUnary("-", call.Arg(0)));
        table.Add($"M:{T}.op_UnaryPlus({T})", call => call.Arg(0));
        table.Add($"M:{T}.Duration", call => new JsCall(new JsMember(new JsIdentifier("Math"), "abs"), new[] { call.Receiver }));
    }
}

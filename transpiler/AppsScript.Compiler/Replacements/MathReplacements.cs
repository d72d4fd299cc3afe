using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// System.Math as JavaScript's Math where both follow IEEE 754 (abs, min, max, floor, sqrt, the
/// transcendental functions), and helpers where .NET differs: Round's midpoint modes and digits, Sign of a
/// double, Clamp, Pow of 1 and -1, Log with a base.
/// </summary>
internal static class MathReplacements
{
    private static readonly string[] Numbers = { "System.Int32", "System.Int64", "System.Double", "System.Int16", "System.SByte", "System.Byte", "System.UInt16" };

    /// <summary>Math members of one double argument whose JavaScript namesake computes the same IEEE 754 function.</summary>
    private static readonly (string DotNet, string Js)[] DoubleFunctions =
    {
        ("Floor", "floor"), ("Ceiling", "ceil"), ("Truncate", "trunc"), ("Sqrt", "sqrt"), ("Cbrt", "cbrt"), ("Exp", "exp"),
        ("Log", "log"), ("Log10", "log10"), ("Log2", "log2"), ("Sin", "sin"), ("Cos", "cos"), ("Tan", "tan"), ("Asin", "asin"),
        ("Acos", "acos"), ("Atan", "atan"), ("Sinh", "sinh"), ("Cosh", "cosh"), ("Tanh", "tanh"), ("Asinh", "asinh"),
        ("Acosh", "acosh"), ("Atanh", "atanh"),
    };

    /// <summary>MidpointRounding's values, in order.</summary>
    private const int ToEven = 0, AwayFromZero = 1, ToZero = 2, ToNegativeInfinity = 3;

    public static void Register(ReplacementTable table)
    {
        table.Add("F:System.Math.PI", _ => JsMath("PI"));
        table.Add("F:System.Math.E", _ => JsMath("E"));
        foreach (var type in Numbers)
        {
            table.Add($"M:System.Math.Max({type},{type})", call => CallMath("max", call.Arg(0), call.Arg(1)));
            table.Add($"M:System.Math.Min({type},{type})", call => CallMath("min", call.Arg(0), call.Arg(1)));
            table.Add($"M:System.Math.Clamp({type},{type},{type})", call => call.Helper("clamp_", call.Arg(0), call.Arg(1), call.Arg(2)));
        }
        foreach (var type in Numbers.Where(t => t is not ("System.Byte" or "System.UInt16")))
        {
            table.Add($"M:System.Math.Abs({type})", call => CallMath("abs", call.Arg(0)));
            if (type != "System.Double") table.Add($"M:System.Math.Sign({type})", call => CallMath("sign", call.Arg(0)));
        }
        table.Add("M:System.Math.Sign(System.Double)", call => call.Helper("sign_", call.Arg(0)));
        foreach (var (dotNet, js) in DoubleFunctions)
        {
            table.Add($"M:System.Math.{dotNet}(System.Double)", call => CallMath(js, call.Arg(0)));
        }
        table.Add("M:System.Math.Atan2(System.Double,System.Double)", call => CallMath("atan2", call.Arg(0), call.Arg(1)));
        table.Add("M:System.Math.Log(System.Double,System.Double)", call => call.Helper("logBase_", call.Arg(0), call.Arg(1)));
        table.Add("M:System.Math.Pow(System.Double,System.Double)", Pow);

        table.Add("M:System.Math.Round(System.Double)", call => call.Helper("roundHalfEven_", call.Arg(0)));
        table.Add("M:System.Math.Round(System.Double,System.Int32)", call => call.Helper("roundHalfEven_", call.Arg(0), call.Arg(1)));
        table.Add("M:System.Math.Round(System.Double,System.MidpointRounding)", call => Round(call, null, 1));
        table.Add("M:System.Math.Round(System.Double,System.Int32,System.MidpointRounding)", call => Round(call, call.Arg(1), 2));
    }

    /// <summary>Math.pow where it agrees with .NET: a constant base other than 1 and -1, or a finite constant exponent.</summary>
    private static JsExpression Pow(BclCall call)
    {
        var agrees = call.Constant(0) is double x && x != 1 && x != -1 && !double.IsNaN(x) || call.Constant(1) is double y && !double.IsNaN(y) && !double.IsInfinity(y);
        return agrees ? CallMath("pow", call.Arg(0), call.Arg(1)) : call.Helper("pow_", call.Arg(0), call.Arg(1));
    }

    /// <summary>Math.Round with a constant MidpointRounding: the helper or Math function of that mode.</summary>
    private static JsExpression Round(BclCall call, JsExpression? digits, int modeIndex)
    {
        if (call.Constant(modeIndex) is not int mode)
        {
            return call.Body.Unsupported(call.ArgumentOperation(modeIndex)!, DiagnosticDescriptors.UnsupportedConstruct, "a MidpointRounding that is not a constant");
        }
        var value = call.Arg(0);
        switch (mode)
        {
            case ToEven:
                return digits is null ? call.Helper("roundHalfEven_", value) : call.Helper("roundHalfEven_", value, digits);
            case AwayFromZero:
                return digits is null ? call.Helper("roundAwayFromZero_", value) : call.Helper("roundAwayFromZero_", value, digits);
        }
        var integer = JsMath(mode switch { ToZero => "trunc", ToNegativeInfinity => "floor", _ => "ceil" });
        return digits is null ? new JsCall(integer, new[] { value }) : call.Helper("roundScaled_", value, digits, integer);
    }

    private static JsExpression JsMath(string member) => new JsMember(new JsIdentifier("Math"), member);

    private static JsExpression CallMath(string member, params JsExpression[] arguments) => new JsCall(JsMath(member), arguments);
}

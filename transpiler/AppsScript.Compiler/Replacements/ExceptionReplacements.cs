using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// The .NET exceptions a program may throw and catch. Each is a helper class deriving from Exception (itself
/// an Error), constructed as (message, innerException) or, for the argument exceptions, (message, paramName,
/// innerException, actualValue), so that Message reads as .NET's, "(Parameter 'x')" suffix included.
/// </summary>
internal static class ExceptionReplacements
{
    /// <summary>Exceptions constructed from (message) and (message, innerException).</summary>
    private static readonly string[] Plain =
    {
        "Exception", "SystemException", "InvalidOperationException", "FormatException", "NotSupportedException", "NotImplementedException",
        "TimeoutException", "DivideByZeroException", "InvalidCastException", "OverflowException",
    };

    public static void Register(ReplacementTable table)
    {
        foreach (var name in Plain.Select(n => "System." + n).Append("System.Collections.Generic.KeyNotFoundException"))
        {
            var helper = name[(name.LastIndexOf('.') + 1)..];
            table.Add($"M:{name}.#ctor", call => New(call, helper));
            table.Add($"M:{name}.#ctor(System.String)", call => New(call, helper, call.Arg(0)));
            table.Add($"M:{name}.#ctor(System.String,System.Exception)", call => New(call, helper, call.Arg(0), call.Arg(1)));
        }

        table.Add("M:System.ArgumentException.#ctor", call => New(call, "ArgumentException"));
        table.Add("M:System.ArgumentException.#ctor(System.String)", call => New(call, "ArgumentException", call.Arg(0)));
        table.Add("M:System.ArgumentException.#ctor(System.String,System.String)", call => New(call, "ArgumentException", call.Arg(0), call.Arg(1)));
        table.Add("M:System.ArgumentException.#ctor(System.String,System.Exception)",
            call => New(call, "ArgumentException", call.Arg(0), Null, call.Arg(1)));
        table.Add("M:System.ArgumentException.#ctor(System.String,System.String,System.Exception)",
            call => New(call, "ArgumentException", call.Arg(0), call.Arg(1), call.Arg(2)));

        table.Add("M:System.ArgumentNullException.#ctor", call => New(call, "ArgumentNullException"));
        table.Add("M:System.ArgumentNullException.#ctor(System.String)", call => New(call, "ArgumentNullException", Null, call.Arg(0)));
        table.Add("M:System.ArgumentNullException.#ctor(System.String,System.String)", call => New(call, "ArgumentNullException", call.Arg(1), call.Arg(0)));
        table.Add("M:System.ArgumentNullException.#ctor(System.String,System.Exception)",
            call => New(call, "ArgumentNullException", call.Arg(0), Null, call.Arg(1)));

        table.Add("M:System.ArgumentOutOfRangeException.#ctor", call => New(call, "ArgumentOutOfRangeException"));
        table.Add("M:System.ArgumentOutOfRangeException.#ctor(System.String)", call => New(call, "ArgumentOutOfRangeException", Null, call.Arg(0)));
        table.Add("M:System.ArgumentOutOfRangeException.#ctor(System.String,System.String)",
            call => New(call, "ArgumentOutOfRangeException", call.Arg(1), call.Arg(0)));
        table.Add("M:System.ArgumentOutOfRangeException.#ctor(System.String,System.Exception)",
            call => New(call, "ArgumentOutOfRangeException", call.Arg(0), Null, call.Arg(1)));
        table.Add("M:System.ArgumentOutOfRangeException.#ctor(System.String,System.Object,System.String)",
            call => New(call, "ArgumentOutOfRangeException", call.Arg(2), call.Arg(0), Null, call.Arg(1)));

        table.Add(new[] { "P:System.Exception.Message", "P:System.ArgumentException.Message", "P:System.ArgumentOutOfRangeException.Message" },
            call => call.Member("message"));
        table.Add("P:System.Exception.InnerException", call => new JsBinary("??", call.Member("innerException"), Null));
        table.Add("M:System.Exception.GetBaseException", call => call.Helper("baseException_", call.Receiver));
        table.Add("P:System.ArgumentException.ParamName", call => new JsBinary("??", call.Member("paramName"), Null));
        table.Add("P:System.ArgumentOutOfRangeException.ActualValue", call => new JsBinary("??", call.Member("actualValue"), Null));
    }

    private static JsExpression Null => new JsNullLiteral();

    private static JsExpression New(BclCall call, string helper, params JsExpression[] arguments)
    {
        var trimmed = arguments.ToList();
        while (trimmed.Count > 0 && trimmed[^1] is JsNullLiteral) trimmed.RemoveAt(trimmed.Count - 1);
        return new JsNew(call.Body.Helper(helper), trimmed);
    }
}

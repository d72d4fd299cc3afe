using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// System.Text.StringBuilder as the StringBuilder helper class, whose methods take text: each appended or
/// inserted value is first turned into its .NET string here, as string interpolation would.
/// </summary>
internal static class StringBuilderReplacements
{
    private const string Sb = "System.Text.StringBuilder";
    private const string Handler = "System.Text.StringBuilder.AppendInterpolatedStringHandler@";

    /// <summary>The value types Append and Insert have overloads for, each written as .NET writes it.</summary>
    private static readonly string[] Values =
    {
        "System.String", "System.Char", "System.Boolean", "System.Int32", "System.Int64", "System.Double", "System.Object",
        "System.Int16", "System.UInt16", "System.Byte", "System.SByte", Sb,
    };

    public static void Register(ReplacementTable table)
    {
        table.Add($"M:{Sb}.#ctor", call => New(call));
        table.Add($"M:{Sb}.#ctor(System.String)", call => New(call, call.Arg(0)));
        table.Add($"M:{Sb}.#ctor(System.Int32)", call => call.IsConstant(0)
            ? New(call)
            : call.Body.Unsupported(call.Operation, DiagnosticDescriptors.UnsupportedConstruct, "a StringBuilder capacity that is not a constant"));

        foreach (var type in Values)
        {
            table.Add($"M:{Sb}.Append({type})", call => Method(call, "append", Text(call, 0)));
            if (type != Sb) table.Add($"M:{Sb}.Insert(System.Int32,{type})", call => Method(call, "insert", call.Arg(0), Text(call, 1)));
        }
        table.Add($"M:{Sb}.Append(System.Char[])", call => Method(call, "append", new JsCall(new JsMember(call.Arg(0), "join"), new JsExpression[] { new JsStringLiteral("") })));
        table.Add($"M:{Sb}.Append(System.Char,System.Int32)", call => Method(call, "append", StringReplacements.RepeatChar(call, "repeatCount")));
        table.Add($"M:{Sb}.Append({Handler})", call => Method(call, "append", HandlerText(call, 0)));
        table.Add($"M:{Sb}.AppendLine", call => Method(call, "appendLine"));
        table.Add($"M:{Sb}.AppendLine(System.String)", call => Method(call, "appendLine", Text(call, 0)));
        table.Add($"M:{Sb}.AppendLine({Handler})", call => Method(call, "appendLine", HandlerText(call, 0)));
        table.Add(new[]
        {
            $"M:{Sb}.AppendFormat(System.String,System.Object)", $"M:{Sb}.AppendFormat(System.String,System.Object,System.Object)",
            $"M:{Sb}.AppendFormat(System.String,System.Object,System.Object,System.Object)", $"M:{Sb}.AppendFormat(System.String,System.Object[])",
            $"M:{Sb}.AppendFormat(System.String,System.ReadOnlySpan{{System.Object}})",
        }, call => Method(call, "append", StringReplacements.Format(call, 0)));
        table.Add(new[]
        {
            $"M:{Sb}.AppendJoin(System.String,System.String[])", $"M:{Sb}.AppendJoin(System.String,System.Object[])",
            $"M:{Sb}.AppendJoin(System.String,System.ReadOnlySpan{{System.String}})", $"M:{Sb}.AppendJoin(System.String,System.ReadOnlySpan{{System.Object}})",
            $"M:{Sb}.AppendJoin``1(System.String,System.Collections.Generic.IEnumerable{{``0}})",
            $"M:{Sb}.AppendJoin(System.Char,System.String[])", $"M:{Sb}.AppendJoin(System.Char,System.Object[])",
            $"M:{Sb}.AppendJoin(System.Char,System.ReadOnlySpan{{System.String}})", $"M:{Sb}.AppendJoin(System.Char,System.ReadOnlySpan{{System.Object}})",
            $"M:{Sb}.AppendJoin``1(System.Char,System.Collections.Generic.IEnumerable{{``0}})",
        }, call => Method(call, "append", StringReplacements.Joined(call)));
        table.Add($"M:{Sb}.Remove(System.Int32,System.Int32)", call => Method(call, "remove", call.Arg(0), call.Arg(1)));
        table.Add(new[] { $"M:{Sb}.Replace(System.String,System.String)", $"M:{Sb}.Replace(System.Char,System.Char)" }, call => Method(call, "replace", call.Arg(0), call.Arg(1)));
        table.Add($"M:{Sb}.Clear", call => Method(call, "clear"));
        table.Add($"M:{Sb}.ToString", call => Method(call, "toString"));
        table.Add($"P:{Sb}.Length", call => call.Member("length"));
        table.AddAssignable($"P:{Sb}.Length", call => call.Member("length"));
        table.Add($"P:{Sb}.Chars(System.Int32)", call => new JsIndex(call.Member("value"), call.Arg(0)));
    }

    private static JsExpression New(BclCall call, params JsExpression[] arguments) => new JsNew(call.Body.Helper("StringBuilder"), arguments);

    private static JsExpression Method(BclCall call, string name, params JsExpression[] arguments) => call.CallOnReceiver(name, arguments);

    private static JsExpression Text(BclCall call, int index) => Strings.Display(call.ArgumentOperation(index)!, call.Body);

    private static JsExpression HandlerText(BclCall call, int index) => call.ArgumentOperation(index) is IInterpolatedStringHandlerCreationOperation creation
        ? Strings.HandlerText(creation, call.Body)
        : call.Body.Unsupported(call.Operation, DiagnosticDescriptors.UnsupportedConstruct, "an interpolated string handler passed on");
}

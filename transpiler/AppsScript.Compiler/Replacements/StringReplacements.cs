using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// System.String. Strings are JS strings of UTF-16 units, as in .NET, so most members are the JS method of
/// the same meaning. Culture-sensitive members are ordinal, as .NET is under invariant globalization; a
/// helper stands in where .NET differs: range checks that throw, .NET's whitespace and simple case mapping,
/// Split's options and count, and Compare's ordinal difference.
/// </summary>
internal static class StringReplacements
{
    private const string S = "System.String";
    private const string Comparison = "System.StringComparison";
    private const string Options = "System.StringSplitOptions";

    /// <summary>StringComparison.Ordinal's value.</summary>
    private const int OrdinalComparison = 4;

    public static void Register(ReplacementTable table)
    {
        table.Add("F:System.String.Empty", _ => new JsStringLiteral(""));
        table.Add("P:System.String.Length", call => call.Member("length"));
        table.Add("P:System.String.Chars(System.Int32)", call => new JsIndex(call.Receiver, call.Arg(0)));
        table.Add(new[] { "M:System.String.ToString", "M:System.String.ToString(System.IFormatProvider)" }, call => call.Receiver);
        table.Add("M:System.String.#ctor(System.Char,System.Int32)", call => RepeatChar(call, "count"));
        table.Add("M:System.String.#ctor(System.Char[])", call => Join(call.Arg(0), new JsStringLiteral("")));
        table.Add("M:System.String.ToCharArray", call => call.CallOnReceiver("split", new JsStringLiteral("")));

        RegisterSearch(table);
        RegisterEditing(table);
        RegisterCase(table);
        RegisterSplit(table);
        RegisterComparison(table);
        RegisterJoinAndConcat(table);
    }

    private static void RegisterSearch(ReplacementTable table)
    {
        table.Add(new[] { $"M:{S}.IndexOf(System.Char)", $"M:{S}.IndexOf(System.String)", $"M:{S}.IndexOf(System.Char,System.Int32)", $"M:{S}.IndexOf(System.String,System.Int32)" },
            call => call.CallOnReceiver("indexOf", call.Args.ToArray()));
        table.Add(new[] { $"M:{S}.IndexOf(System.Char,{Comparison})", $"M:{S}.IndexOf(System.String,{Comparison})" },
            call => WithComparison(call, 1, (text, value) => new JsCall(new JsMember(text, "indexOf"), new[] { value })));
        table.Add($"M:{S}.IndexOf(System.String,System.Int32,{Comparison})",
            call => WithComparison(call, 2, (text, value) => new JsCall(new JsMember(text, "indexOf"), new[] { value, call.Arg(1) })));
        table.Add(new[] { $"M:{S}.LastIndexOf(System.Char)", $"M:{S}.LastIndexOf(System.String)", $"M:{S}.LastIndexOf(System.Char,System.Int32)" },
            call => call.CallOnReceiver("lastIndexOf", call.Args.ToArray()));
        // .NET's startIndex is where a backward search begins, so the whole match lies at or before it.
        table.Add($"M:{S}.LastIndexOf(System.String,System.Int32)", call => call.Constant(0) is string { Length: 1 }
            ? call.CallOnReceiver("lastIndexOf", call.Arg(0), call.Arg(1))
            : call.Helper("lastIndexOf_", call.Receiver, call.Arg(0), call.Arg(1)));
        table.Add($"M:{S}.LastIndexOf(System.String,{Comparison})",
            call => WithComparison(call, 1, (text, value) => new JsCall(new JsMember(text, "lastIndexOf"), new[] { value })));
        table.Add($"M:{S}.LastIndexOf(System.String,System.Int32,{Comparison})",
            call => WithComparison(call, 2, (text, value) => call.Helper("lastIndexOf_", text, value, call.Arg(1))));

        table.Add(new[] { $"M:{S}.Contains(System.String)", $"M:{S}.Contains(System.Char)" }, call => call.CallOnReceiver("includes", call.Arg(0)));
        table.Add(new[] { $"M:{S}.Contains(System.String,{Comparison})", $"M:{S}.Contains(System.Char,{Comparison})" },
            call => WithComparison(call, 1, (text, value) => new JsCall(new JsMember(text, "includes"), new[] { value })));
        table.Add(new[] { $"M:{S}.StartsWith(System.String)", $"M:{S}.StartsWith(System.Char)" }, call => call.CallOnReceiver("startsWith", call.Arg(0)));
        table.Add($"M:{S}.StartsWith(System.String,{Comparison})",
            call => WithComparison(call, 1, (text, value) => new JsCall(new JsMember(text, "startsWith"), new[] { value })));
        table.Add(new[] { $"M:{S}.EndsWith(System.String)", $"M:{S}.EndsWith(System.Char)" }, call => call.CallOnReceiver("endsWith", call.Arg(0)));
        table.Add($"M:{S}.EndsWith(System.String,{Comparison})",
            call => WithComparison(call, 1, (text, value) => new JsCall(new JsMember(text, "endsWith"), new[] { value })));
    }

    private static void RegisterEditing(ReplacementTable table)
    {
        table.Add(new[] { $"M:{S}.Substring(System.Int32)", $"M:{S}.Substring(System.Int32,System.Int32)" }, call => call.Helper("substring_", WithReceiver(call)));
        table.Add(new[] { $"M:{S}.Remove(System.Int32)", $"M:{S}.Remove(System.Int32,System.Int32)" }, call => call.Helper("stringRemove_", WithReceiver(call)));
        table.Add($"M:{S}.Insert(System.Int32,System.String)", call => call.Helper("stringInsert_", WithReceiver(call)));
        table.Add(new[] { $"M:{S}.PadLeft(System.Int32)", $"M:{S}.PadLeft(System.Int32,System.Char)" }, call => Pad(call, "padStart"));
        table.Add(new[] { $"M:{S}.PadRight(System.Int32)", $"M:{S}.PadRight(System.Int32,System.Char)" }, call => Pad(call, "padEnd"));

        foreach (var (name, helper) in new[] { ("Trim", "trim_"), ("TrimStart", "trimStart_"), ("TrimEnd", "trimEnd_") })
        {
            table.Add($"M:{S}.{name}", call => call.Helper(helper, call.Receiver));
            table.Add($"M:{S}.{name}(System.Char)", call => call.Helper(helper, call.Receiver, call.Arg(0)));
            table.Add(new[] { $"M:{S}.{name}(System.Char[])", $"M:{S}.{name}(System.ReadOnlySpan{{System.Char}})" },
                call => call.Helper(helper, call.Receiver, ParamsArguments.Array(call.ArgumentOperation(0)!, call.Body)));
        }

        table.Add($"M:{S}.Replace(System.Char,System.Char)", call => Join(call.CallOnReceiver("split", call.Arg(0)), call.Arg(1)));
        table.Add($"M:{S}.Replace(System.String,System.String)", Replace);
    }

    /// <summary>
    /// <c>text.split(old).join(new)</c>, the ES2020 spelling of replaceAll, for a constant non-empty old value;
    /// otherwise a helper that throws for an empty one as .NET does. A null new value removes.
    /// </summary>
    private static JsExpression Replace(BclCall call)
    {
        if (call.Constant(0) is not string { Length: > 0 }) return call.Helper("replace_", call.Receiver, call.Arg(0), call.Arg(1));
        var replacement = call.Body.IsKnownNotNull(call.ArgumentOperation(1)!) ? call.Arg(1) : new JsBinary("??", call.Arg(1), new JsStringLiteral(""));
        return Join(call.CallOnReceiver("split", call.Arg(0)), replacement);
    }

    private static void RegisterCase(ReplacementTable table)
    {
        table.Add(new[] { $"M:{S}.ToUpper", $"M:{S}.ToUpperInvariant" }, call => call.Helper("toUpperInvariant_", call.Receiver));
        table.Add(new[] { $"M:{S}.ToLower", $"M:{S}.ToLowerInvariant" }, call => call.Helper("toLowerInvariant_", call.Receiver));
        table.Add($"M:{S}.ToUpper(System.Globalization.CultureInfo)",
            call => FormatProvider.IsInvariant(call, 0) ? call.Helper("toUpperInvariant_", call.Receiver) : FormatProvider.Unsupported(call, 0));
        table.Add($"M:{S}.ToLower(System.Globalization.CultureInfo)",
            call => FormatProvider.IsInvariant(call, 0) ? call.Helper("toLowerInvariant_", call.Receiver) : FormatProvider.Unsupported(call, 0));
    }

    private static void RegisterSplit(ReplacementTable table)
    {
        table.Add(new[] { $"M:{S}.Split(System.Char,{Options})", $"M:{S}.Split(System.String,{Options})" },
            call => Split(call, call.Arg(0), null, 1));
        table.Add(new[] { $"M:{S}.Split(System.Char,System.Int32,{Options})", $"M:{S}.Split(System.String,System.Int32,{Options})" },
            call => Split(call, call.Arg(0), call.Arg(1), 2));
        table.Add(new[] { $"M:{S}.Split(System.Char[])", $"M:{S}.Split(System.ReadOnlySpan{{System.Char}})" }, call => Split(call, Separators(call), null, null));
        table.Add(new[] { $"M:{S}.Split(System.Char[],System.Int32)" }, call => Split(call, Separators(call), call.Arg(1), null));
        table.Add(new[] { $"M:{S}.Split(System.Char[],{Options})", $"M:{S}.Split(System.String[],{Options})" },
            call => Split(call, Separators(call), null, 1));
        table.Add(new[] { $"M:{S}.Split(System.Char[],System.Int32,{Options})", $"M:{S}.Split(System.String[],System.Int32,{Options})" },
            call => Split(call, Separators(call), call.Arg(1), 2));
    }

    /// <summary>The separators of a params or array overload, as a JS array of one-unit or longer strings.</summary>
    private static JsExpression Separators(BclCall call) => ParamsArguments.Array(call.ArgumentOperation(0)!, call.Body);

    /// <summary>
    /// <c>text.split(separator)</c> for one constant separator without count or options, where JavaScript
    /// splits as .NET does; otherwise the split_ helper.
    /// </summary>
    private static JsExpression Split(BclCall call, JsExpression separators, JsExpression? count, int? optionsIndex)
    {
        var options = optionsIndex is { } index ? (call.Constant(index) is int constant ? new JsNumberLiteral(constant) : call.Arg(index)) : new JsNumberLiteral(0);
        var noOptions = optionsIndex is null || call.Constant(optionsIndex.Value) is 0;
        var single = separators switch
        {
            JsStringLiteral { Value.Length: > 0 } literal => literal,
            JsArrayLiteral { Elements: [JsStringLiteral { Value.Length: > 0 } only] } => only,
            _ => null,
        };
        if (single is not null && count is null && noOptions) return call.CallOnReceiver("split", single);
        var arguments = new List<JsExpression> { call.Receiver, separators };
        if (count is not null || !noOptions) arguments.Add(count ?? new JsNullLiteral());
        if (!noOptions) arguments.Add(options);
        return call.Helper("split_", arguments.ToArray());
    }

    private static void RegisterComparison(ReplacementTable table)
    {
        table.Add(new[] { $"M:{S}.Equals(System.String)", $"M:{S}.Equals(System.Object)" }, call => new JsBinary("===", call.Receiver, call.Arg(0)));
        table.Add($"M:{S}.Equals(System.String,System.String)", call => StrictOrLoose(call));
        table.Add($"M:{S}.Equals(System.String,{Comparison})",
            call => IgnoresCase(call, 1) ? call.Helper("equalsIgnoreCase_", call.Receiver, call.Arg(0)) : new JsBinary("===", call.Receiver, call.Arg(0)));
        table.Add($"M:{S}.Equals(System.String,System.String,{Comparison})",
            call => IgnoresCase(call, 2) ? call.Helper("equalsIgnoreCase_", call.Arg(0), call.Arg(1)) : StrictOrLoose(call));

        table.Add($"M:{S}.CompareOrdinal(System.String,System.String)", call => call.Helper("compareOrdinal_", call.Arg(0), call.Arg(1)));
        table.Add($"M:{S}.Compare(System.String,System.String)", call => call.Helper("compareStrings_", call.Arg(0), call.Arg(1)));
        table.Add($"M:{S}.CompareTo(System.String)", call => call.Helper("compareStrings_", call.Receiver, call.Arg(0)));
        table.Add($"M:{S}.Compare(System.String,System.String,System.Boolean)", call => call.Constant(2) switch
        {
            true => call.Helper("compareStrings_", call.Arg(0), call.Arg(1), new JsBooleanLiteral(true)),
            false => call.Helper("compareStrings_", call.Arg(0), call.Arg(1)),
            _ => call.Helper("compareStrings_", call.Arg(0), call.Arg(1), call.Arg(2)),
        });
        // StringComparison.Ordinal takes .NET's ordinal path, with CompareOrdinal's quirks; the culture ones are
        // ordinal too under invariant globalization, but compare as CompareTo does.
        table.Add($"M:{S}.Compare(System.String,System.String,{Comparison})", call => IgnoresCase(call, 2)
            ? call.Helper("compareStrings_", call.Arg(0), call.Arg(1), new JsBooleanLiteral(true))
            : call.Constant(2) is OrdinalComparison ? call.Helper("compareOrdinal_", call.Arg(0), call.Arg(1)) : call.Helper("compareStrings_", call.Arg(0), call.Arg(1)));

        table.Add($"M:{S}.IsNullOrEmpty(System.String)", call => call.Arg(0) switch
        {
            JsStringLiteral literal => new JsBooleanLiteral(literal.Value.Length == 0),
            JsNullLiteral => new JsBooleanLiteral(true),
            var text => new JsUnary("!", text),
        });
        table.Add($"M:{S}.IsNullOrWhiteSpace(System.String)", call => call.Helper("isNullOrWhiteSpace_", call.Arg(0)));
    }

    private static void RegisterJoinAndConcat(ReplacementTable table)
    {
        table.Add(new[]
        {
            $"M:{S}.Join(System.String,System.String[])", $"M:{S}.Join(System.String,System.Object[])",
            $"M:{S}.Join(System.String,System.ReadOnlySpan{{System.String}})", $"M:{S}.Join(System.String,System.ReadOnlySpan{{System.Object}})",
            $"M:{S}.Join(System.String,System.Collections.Generic.IEnumerable{{System.String}})", $"M:{S}.Join``1(System.String,System.Collections.Generic.IEnumerable{{``0}})",
            $"M:{S}.Join(System.Char,System.String[])", $"M:{S}.Join(System.Char,System.Object[])",
            $"M:{S}.Join(System.Char,System.ReadOnlySpan{{System.String}})", $"M:{S}.Join(System.Char,System.ReadOnlySpan{{System.Object}})",
            $"M:{S}.Join``1(System.Char,System.Collections.Generic.IEnumerable{{``0}})",
        }, Joined);
        table.Add(new[]
        {
            $"M:{S}.Concat(System.String[])", $"M:{S}.Concat(System.Object[])", $"M:{S}.Concat(System.ReadOnlySpan{{System.String}})",
            $"M:{S}.Concat(System.ReadOnlySpan{{System.Object}})", $"M:{S}.Concat(System.Collections.Generic.IEnumerable{{System.String}})",
            $"M:{S}.Concat``1(System.Collections.Generic.IEnumerable{{``0}})",
        }, call => Join(Texts(call, 0), new JsStringLiteral("")));
        table.Add(new[]
        {
            $"M:{S}.Concat(System.Object)", $"M:{S}.Concat(System.Object,System.Object)", $"M:{S}.Concat(System.Object,System.Object,System.Object)",
            $"M:{S}.Concat(System.String,System.String)", $"M:{S}.Concat(System.String,System.String,System.String)",
            $"M:{S}.Concat(System.String,System.String,System.String,System.String)",
        }, Concat);
        table.Add(new[]
        {
            $"M:{S}.Format(System.String,System.Object)", $"M:{S}.Format(System.String,System.Object,System.Object)",
            $"M:{S}.Format(System.String,System.Object,System.Object,System.Object)", $"M:{S}.Format(System.String,System.Object[])",
            $"M:{S}.Format(System.String,System.ReadOnlySpan{{System.Object}})",
        }, call => Format(call, 0));
        table.Add(new[]
        {
            $"M:{S}.Format(System.IFormatProvider,System.String,System.Object)", $"M:{S}.Format(System.IFormatProvider,System.String,System.Object,System.Object)",
            $"M:{S}.Format(System.IFormatProvider,System.String,System.Object,System.Object,System.Object)", $"M:{S}.Format(System.IFormatProvider,System.String,System.Object[])",
            $"M:{S}.Format(System.IFormatProvider,System.String,System.ReadOnlySpan{{System.Object}})",
        }, call => FormatProvider.IsInvariant(call, 0) ? Format(call, 1) : FormatProvider.Unsupported(call, 0));
    }

    /// <summary>string.Join(separator, values) and StringBuilder.AppendJoin: the values as .NET writes them, joined; a null separator is "".</summary>
    public static JsExpression Joined(BclCall call)
    {
        var separator = call.Body.IsKnownNotNull(call.ArgumentOperation(0)!) ? call.Arg(0) : new JsBinary("??", call.Arg(0), new JsStringLiteral(""));
        return Join(Texts(call, 1), separator);
    }

    /// <summary>A composite format compiled to a template literal; its items are the arguments after the format.</summary>
    public static JsExpression Format(BclCall call, int formatIndex) =>
        CompositeFormat.Lower(call.ArgumentOperation(formatIndex)!,
            CompositeFormat.Items(Enumerable.Range(formatIndex + 1, call.ArgumentCount - formatIndex - 1).Select(call.ArgumentOperation).ToList()),
            call.Operation, call.Method!.ContainingType.Name + "." + call.Method.Name, call.Body);

    /// <summary>string.Concat of separate values: each as .NET writes it, joined with +.</summary>
    private static JsExpression Concat(BclCall call)
    {
        var pieces = Enumerable.Range(0, call.ArgumentCount).Select(i => Strings.Display(call.ArgumentOperation(i)!, call.Body)).ToList();
        return pieces.Skip(1).Aggregate(pieces[0], (text, piece) => new JsBinary("+", text, piece));
    }

    /// <summary>
    /// The values of a joined or concatenated argument as a JS array of what JS's join writes as .NET writes
    /// each element: separate values each displayed, a sequence mapped through the display of its element type
    /// unless join already writes its elements as .NET does (strings, chars, integers, objects with ToString).
    /// </summary>
    private static JsExpression Texts(BclCall call, int index)
    {
        var argument = call.ArgumentOperation(index)!;
        if (ParamsArguments.Elements(argument) is { } elements)
        {
            return new JsArrayLiteral(elements.Select(e => JoinElement(Strings.WithoutImplicitBoxing(e), call.Body)).ToList());
        }
        var sequence = Strings.WithoutImplicitBoxing(argument);
        var array = Conversions.AsArray(sequence, call.Body);
        var elementType = TypeFacts.ElementType(sequence.Type);
        if (elementType is null || JoinWritesAsDotNet(elementType, call.Body)) return array;
        var name = call.Body.FreshName("value");
        var parameter = new JsIdentifier(name);
        var display = Strings.OfValue(parameter, elementType, TypeFacts.IsNonNullableValueType(elementType), coerced: false, argument.Syntax, call.Body);
        return new JsCall(new JsMember(array, "map"), new JsExpression[] { new JsArrow(new[] { new JsParameter(name) }, display) });
    }

    private static JsExpression JoinElement(IOperation element, BodyLowerer body) =>
        element.Type is { } type && JoinWritesAsDotNet(type, body) ? body.Expression(element) : Strings.Display(element, body);

    /// <summary>Whether Array.prototype.join writes a value of the type as .NET does: null as "", the rest by String().</summary>
    private static bool JoinWritesAsDotNet(ITypeSymbol type, BodyLowerer body) =>
        TypeFacts.IsString(type) || TypeFacts.IsChar(type) || TypeFacts.IsIntegral(type) || Strings.HasOwnToString(type, body.Semantics);

    private static JsExpression Join(JsExpression array, JsExpression separator) => new JsCall(new JsMember(array, "join"), new[] { separator });

    /// <summary>
    /// c.repeat(n) for a count that is a constant not below 0; else repeatChar_, which throws .NET's
    /// ArgumentOutOfRangeException for a negative count where repeat throws a RangeError.
    /// </summary>
    public static JsExpression RepeatChar(BclCall call, string paramName) => call.Constant(1) is int count && count >= 0
        ? new JsCall(new JsMember(call.Arg(0), "repeat"), new[] { call.Arg(1) })
        : call.Helper("repeatChar_", call.Arg(0), call.Arg(1), new JsStringLiteral(paramName));

    /// <summary>padStart or padEnd for a width that is a constant not below 0; else pad_, which throws for a negative width as .NET does.</summary>
    private static JsExpression Pad(BclCall call, string method)
    {
        if (call.Constant(0) is int width && width >= 0)
        {
            return call.ArgumentCount == 1 ? call.CallOnReceiver(method, call.Arg(0)) : call.CallOnReceiver(method, call.Arg(0), call.Arg(1));
        }
        var padChar = call.ArgumentCount == 1 ? new JsStringLiteral(" ") : call.Arg(1);
        return call.Helper("pad_", call.Receiver, call.Arg(0), padChar, new JsBooleanLiteral(method == "padEnd"));
    }

    private static JsExpression[] WithReceiver(BclCall call) => call.Args.Prepend(call.Receiver).ToArray();

    /// <summary><c>===</c> when either side is known not to be null, else <c>==</c> so that null and undefined are equal.</summary>
    private static JsExpression StrictOrLoose(BclCall call, string strict = "===", string loose = "==")
    {
        var bothNullable = !call.Body.IsKnownNotNull(call.ArgumentOperation(0)!) && !call.Body.IsKnownNotNull(call.ArgumentOperation(1)!);
        return new JsBinary(bothNullable ? loose : strict, call.Arg(0), call.Arg(1));
    }

    /// <summary>
    /// A search with a StringComparison: as is when it respects case, on both sides upper-cased by .NET's simple
    /// mapping (which keeps every index) when it ignores case.
    /// </summary>
    private static JsExpression WithComparison(BclCall call, int comparisonIndex, Func<JsExpression, JsExpression, JsExpression> search)
    {
        if (!IgnoresCase(call, comparisonIndex)) return search(call.Receiver, call.Arg(0));
        return search(UpperInvariant(call, call.ReceiverOperation, call.Receiver), UpperInvariant(call, call.ArgumentOperation(0), call.Arg(0)));
    }

    /// <summary>A value upper-cased as .NET does; a constant is upper-cased now, by .NET itself.</summary>
    private static JsExpression UpperInvariant(BclCall call, IOperation? operation, JsExpression value) => operation?.ConstantValue.Value switch
    {
        string text => new JsStringLiteral(text.ToUpperInvariant()),
        char c => new JsStringLiteral(char.ToUpperInvariant(c).ToString()),
        _ => call.Helper("toUpperInvariant_", value),
    };

    /// <summary>
    /// Whether a constant StringComparison ignores case. The culture-sensitive ones are ordinal under invariant
    /// globalization, so only case matters; a comparison chosen at run time is reported.
    /// </summary>
    public static bool IgnoresCase(BclCall call, int index)
    {
        if (call.Constant(index) is int comparison) return comparison % 2 == 1;
        call.Body.Unsupported(call.ArgumentOperation(index)!, DiagnosticDescriptors.UnsupportedConstruct, "a StringComparison that is not a constant");
        return false;
    }
}

using System.Globalization;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;
using static AppsScript.Compiler.Replacements.Sequences;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// System.Enum's generic members, over an enum's object of member names. The type argument is known when
/// compiling, so GetValues, GetNames and IsDefined are literals of its members (in .NET's order: by value as an
/// unsigned number, then as declared); Parse and TryParse read names and numbers at run time as .NET does.
/// </summary>
internal static class EnumReplacements
{
    private const string E = "System.Enum";

    public static void Register(ReplacementTable table)
    {
        table.Add($"M:{E}.Parse``1(System.String)", call => Parse(call, "parseEnum_", ignoreCase: new JsBooleanLiteral(false)));
        table.Add($"M:{E}.Parse``1(System.String,System.Boolean)", call => Parse(call, "parseEnum_", call.Arg(1)));
        table.Add($"M:{E}.TryParse``1(System.String,``0@)",
            call => OutArguments.WhenNotNull(call, 1, Parse(call, "tryParseEnum_", new JsBooleanLiteral(false))));
        table.Add($"M:{E}.TryParse``1(System.String,System.Boolean,``0@)", call => OutArguments.WhenNotNull(call, 2, Parse(call, "tryParseEnum_", call.Arg(1))));

        table.Add($"M:{E}.GetValues``1", call => new JsArrayLiteral(Ordered(EnumType(call)).Select(m => Value(EnumType(call), m, call.Body)).ToArray()));
        table.Add($"M:{E}.GetNames``1", call => new JsArrayLiteral(Ordered(EnumType(call)).Select(m => (JsExpression)new JsStringLiteral(m.Name)).ToArray()));
        table.Add($"M:{E}.IsDefined``1(``0)", IsDefined);
        table.Add($"M:{E}.HasFlag(System.Enum)", HasFlag);
    }

    private static INamedTypeSymbol EnumType(BclCall call) => (INamedTypeSymbol)call.Method!.TypeArguments[0];

    private static JsExpression Parse(BclCall call, string helper, JsExpression ignoreCase)
    {
        var enumType = EnumType(call);
        if (EnumDisplay.MembersObject(enumType, call.Body) is not { } members)
        {
            return call.Body.Unsupported(call.Operation, DiagnosticDescriptors.UnmappedMember, call.Symbol.ToDisplayString(), "no member names at run time");
        }
        return call.Helper(helper, members, call.Arg(0), ignoreCase, new JsStringLiteral(enumType.EnumUnderlyingType!.MetadataName));
    }

    /// <summary>The members as .NET's GetValues and GetNames list them: by value compared as unsigned, equal values as declared.</summary>
    private static System.Collections.Generic.List<(string Name, long Value)> Ordered(INamedTypeSymbol enumType) =>
        EnumDisplay.Members(enumType).OrderBy(m => unchecked((ulong)m.Value)).ToList();

    /// <summary><c>Color.Red</c> for a member of the program's enum, else its number.</summary>
    private static JsExpression Value(INamedTypeSymbol enumType, (string Name, long Value) member, BodyLowerer body) =>
        body.Semantics.ShapeOf(enumType) == Semantics.TypeShape.Enum
            ? new JsMember(MemberAccess.TypeReference(enumType, body), member.Name)
            : new JsNumberLiteral(member.Value);

    /// <summary>Whether a value is one of the members': folded for a constant, else <c>[0, 2, 4].includes(value)</c>.</summary>
    private static JsExpression IsDefined(BclCall call)
    {
        var values = EnumDisplay.Members(EnumType(call)).Select(m => m.Value).Distinct().ToList();
        if (call.Constant(0) is { } constant) return new JsBooleanLiteral(values.Contains(System.Convert.ToInt64(constant, CultureInfo.InvariantCulture)));
        return Call(new JsArrayLiteral(values.Select(v => (JsExpression)new JsNumberLiteral(v)).ToArray()), "includes", call.Arg(0));
    }

    /// <summary><c>(value &amp; flag) === flag</c>, on the enum values under the conversions to System.Enum.</summary>
    private static JsExpression HasFlag(BclCall call)
    {
        var value = Written(call.ReceiverOperation!);
        var flag = Written(call.ArgumentOperation(0)!);
        if (TypeFacts.IsLong(((INamedTypeSymbol)value.Type!).EnumUnderlyingType))
        {
            return call.Body.Unsupported(call.Operation, DiagnosticDescriptors.UnmappedMember, call.Symbol.ToDisplayString(), "bit operations on a long enum lose its high bits in JavaScript");
        }
        var (first, again) = call.Body.Reuse(call.Body.Expression(flag), "flag");
        return new JsBinary("===", new JsBinary("&", call.Body.Expression(value), first), again);
    }
}

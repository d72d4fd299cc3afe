using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// An enum value as .NET's ToString() names it: the member with that value, for a [Flags] enum the names of
/// its bits joined by ", ", else the number. A constant is named when compiling; other values at run time,
/// from the program's enum object, the host's enum object (ScriptApp.EventType) or, for a library enum, the helper object of its members (DayOfWeek).
/// </summary>
internal static class EnumDisplay
{
    public static JsExpression Of(IOperation operation, INamedTypeSymbol enumType, BodyLowerer body)
    {
        if (operation.ConstantValue is { HasValue: true, Value: { } constant })
        {
            return new JsStringLiteral(Name(Members(enumType), System.Convert.ToInt64(constant, CultureInfo.InvariantCulture), IsFlags(enumType)));
        }
        return OfValue(body.Expression(operation), enumType, operation.Syntax, body);
    }

    /// <summary>
    /// The object that maps an enum's member names to their values at run time: the program's enum object, the
    /// host's (ScriptApp.EventType) or a library enum's helper object (DayOfWeek); null for an enum without one.
    /// </summary>
    public static JsExpression? MembersObject(INamedTypeSymbol enumType, BodyLowerer body) => body.Semantics.ShapeOf(enumType) switch
    {
        TypeShape.Enum or TypeShape.External => MemberAccess.TypeReference(enumType, body),
        TypeShape.Library when body.Context.Helpers.IsHelperName(enumType.Name) => body.Helper(enumType.Name),
        _ => null,
    };

    private static bool IsFlags(INamedTypeSymbol enumType) =>
        enumType.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute");

    /// <summary>The name of an already lowered enum value, found at run time.</summary>
    public static JsExpression OfValue(JsExpression value, INamedTypeSymbol enumType, SyntaxNode? at, BodyLowerer body)
    {
        if (MembersObject(enumType, body) is not { } members)
        {
            return body.UnsupportedAt(at, DiagnosticDescriptors.UnmappedMember, enumType.ToDisplayString() + ".ToString()", "no member names at run time");
        }
        var arguments = new List<JsExpression> { members, value };
        if (IsFlags(enumType)) arguments.Add(new JsBooleanLiteral(true));
        return body.CallHelper("enumName_", arguments.ToArray());
    }

    /// <summary>The members in declaration order, with their values.</summary>
    public static List<(string Name, long Value)> Members(INamedTypeSymbol enumType) =>
        enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue)
            .Select(f => (f.Name, System.Convert.ToInt64(f.ConstantValue, CultureInfo.InvariantCulture))).ToList();

    /// <summary>The same algorithm as enumName_.js, for constants.</summary>
    private static string Name(List<(string Name, long Value)> members, long value, bool isFlags)
    {
        foreach (var member in members)
        {
            if (member.Value == value) return member.Name;
        }
        if (!isFlags || value == 0) return value.ToString(CultureInfo.InvariantCulture);
        var names = new List<string>();
        var remaining = value;
        foreach (var member in members.Where(m => m.Value != 0).OrderByDescending(m => m.Value))
        {
            if ((remaining & member.Value) != member.Value) continue;
            names.Insert(0, member.Name);
            remaining -= member.Value;
        }
        return remaining == 0 ? string.Join(", ", names) : value.ToString(CultureInfo.InvariantCulture);
    }
}

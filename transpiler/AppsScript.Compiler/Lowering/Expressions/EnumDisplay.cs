using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// An enum value as .NET's ToString() names it: the member with that value, for a [Flags] enum the names of
/// its bits joined by ", ", else the number. A constant is named when compiling; other values at run time.
/// </summary>
internal static class EnumDisplay
{
    public static JsExpression Of(IOperation operation, INamedTypeSymbol enumType, BodyLowerer body)
    {
        var isFlags = enumType.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute");
        if (operation.ConstantValue is { HasValue: true, Value: { } constant })
        {
            return new JsStringLiteral(Name(Members(enumType), System.Convert.ToInt64(constant, CultureInfo.InvariantCulture), isFlags));
        }
        body.Reference(enumType);
        var arguments = new List<JsExpression> { MemberAccess.TypeReference(enumType, body), body.Expression(operation) };
        if (isFlags) arguments.Add(new JsBooleanLiteral(true));
        return body.CallHelper("enumName_", arguments.ToArray());
    }

    private static List<(string Name, long Value)> Members(INamedTypeSymbol enumType) =>
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

using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// The names a checked cast (cast_) puts in .NET's message, <c>Unable to cast object of type 'Shop.Track' to type
/// 'Shop.Album'.</c>: the target's, known now, and the value's, which only the run can tell. For the value the
/// compiler passes what it can tell apart, as [class or typeof name, .NET name] pairs, most derived class first:
/// the classes of the program a value of the operand's static type may be, or, where that is object, an interface
/// or a type parameter, a string, a bool and the one number type the program boxes (as <c>is</c> tells them).
/// </summary>
internal static class CastMessages
{
    /// <summary>cast_'s arguments after the value and the type test: the target's name and the value's candidates.</summary>
    public static JsExpression[] Arguments(ITypeSymbol? operandType, ITypeSymbol target, BodyLowerer body) =>
        new JsExpression[] { new JsStringLiteral(DotNetNames.MessageName(target) ?? target.ToDisplayString()), new JsArrayLiteral(Candidates(operandType, target, body)) };

    /// <summary>The operand as written, before conversions that only widen its static type (<c>(string)(object)track</c>).</summary>
    public static IOperation Widened(IOperation operand)
    {
        while (operand is IConversionOperation conversion && conversion.GetConversion() is { IsImplicit: true } kind && (kind.IsReference || kind.IsBoxing || kind.IsIdentity))
        {
            operand = conversion.Operand;
        }
        return operand;
    }

    private static List<JsExpression> Candidates(ITypeSymbol? operandType, ITypeSymbol target, BodyLowerer body)
    {
        if (operandType is not null && DotNetTypeNames.ClassesOf(operandType, body.Semantics) is { } classes && body.Semantics.ShapeOf(operandType) == TypeShape.Class)
        {
            return classes.Where(c => !IsA(c, target)).Select(c => (c, DotNetNames.MessageName(OwnInstance(c, operandType))))
                .Where(c => c.Item2 is not null)
                .Select(c => Pair(MemberAccess.TypeReference(c.c, body), c.Item2!))
                .ToList();
        }
        var candidates = new List<JsExpression>();
        if (target.SpecialType != SpecialType.System_String && body.Context.BoxedNumbers.Char is null) candidates.Add(Pair(new JsStringLiteral("string"), "System.String"));
        if (target.SpecialType != SpecialType.System_Boolean) candidates.Add(Pair(new JsStringLiteral("boolean"), "System.Boolean"));
        var numbers = body.Context.BoxedNumbers;
        if (numbers.Unknown is null && numbers.Types.Count == 1 && DotNetNames.FullName(numbers.Types.Keys.Single()) is { } number)
        {
            candidates.Add(Pair(new JsStringLiteral("number"), number));
        }
        return candidates;
    }

    /// <summary>The class as the type of a value of the static type: the static type itself where it is that class, with its type arguments.</summary>
    private static ITypeSymbol OwnInstance(INamedTypeSymbol type, ITypeSymbol staticType) =>
        SymbolEqualityComparer.Default.Equals(type, staticType.OriginalDefinition) ? staticType : type;

    private static bool IsA(INamedTypeSymbol type, ITypeSymbol target) =>
        target is INamedTypeSymbol named && (SymbolEqualityComparer.Default.Equals(type, named.OriginalDefinition) || DotNetTypeNames.DerivesFrom(type, named.OriginalDefinition));

    private static JsExpression Pair(JsExpression test, string name) => new JsArrayLiteral(new[] { test, new JsStringLiteral(name) });
}

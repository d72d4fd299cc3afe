using System;
using System.Linq;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Lowering.Expressions;
using AppsScript.Compiler.Replacements;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AppsScript.Compiler.Analysis;

/// <summary>
/// Where the program first lets a record, tuple or anonymous value (or, for equality, any value .NET compares by
/// value) be seen as another type: boxed into object, an interface or ValueType where it may be kept, or passed as
/// the type argument of the program's own generic method or type. .NET still prints such a value by its members and
/// compares it by them; the compiled value prints and compares as JavaScript does, because its string and equality
/// are written where its own type is known. So the string of a value typed object, an interface or a type parameter,
/// and a search or set of such values, is exact only where no such value can be among them. Operands of string concatenation and interpolation and arguments of Console and string members are
/// formatted at once where the type is still known, so they do not count.
/// </summary>
internal sealed class BoxedValues
{
    private BoxedValues((ITypeSymbol Type, Location Where)? printed, (ITypeSymbol Type, Location Where)? compared)
    {
        Printed = printed;
        Compared = compared;
    }

    /// <summary>The first value the program lets be seen as another type whose string .NET writes from its members.</summary>
    public (ITypeSymbol Type, Location Where)? Printed { get; }

    /// <summary>The first value the program lets be seen as another type that .NET compares by value.</summary>
    public (ITypeSymbol Type, Location Where)? Compared { get; }

    /// <summary>Takes in the nodes of the program's trees in order (<see cref="ProgramScan"/>).</summary>
    public sealed class Collector
    {
        private readonly ScriptSemantics _semantics;
        private (ITypeSymbol Type, Location Where)? _printed, _compared;

        public Collector(ScriptSemantics semantics)
        {
            _semantics = semantics;
        }

        public void Visit(SyntaxNode node, SemanticModel model, ExpressionConversion? conversion)
        {
            if (_printed is not null && _compared is not null) return;
            var seen = node switch
            {
                ExpressionSyntax when Boxed(conversion!, model) is { } boxed => new[] { boxed },
                SimpleNameSyntax or ObjectCreationExpressionSyntax => TypeArgumentsOfOwnGeneric(node, model, _semantics),
                _ => Array.Empty<ITypeSymbol>(),
            };
            _printed ??= seen.Where(type => ValueStrings.IsTemplated(type, _semantics)).Select(type => ((ITypeSymbol, Location)?)(type, node.GetLocation())).FirstOrDefault();
            _compared ??= seen.Where(ElementTypes.ComparesByValue).Select(type => ((ITypeSymbol, Location)?)(type, node.GetLocation())).FirstOrDefault();
        }

        public BoxedValues Result() => new(_printed, _compared);
    }

    /// <summary>
    /// The value's type where the expression converts it to object, an interface or ValueType and may keep it, or the
    /// element type where it converts a sequence to a sequence of those.
    /// </summary>
    private static ITypeSymbol? Boxed(ExpressionConversion conversion, SemanticModel model)
    {
        if (ElementsSeenAsAnyValue(conversion.Expression, model) is { } element) return TypeFacts.Underlying(element);
        var (from, to) = (conversion.From, conversion.To);
        if (from is null || to is null || SymbolEqualityComparer.Default.Equals(from, to) || conversion.FormattedAtOnce) return null;
        // A covariant view (IEnumerable<object> of a List<Track>, object[] of a Track[]) sees each element as object.
        if (TypeFacts.ElementType(to) is { } toElement && SeesAnyValue(toElement)
            && TypeFacts.ElementType(from) is { } fromElement && !SymbolEqualityComparer.Default.Equals(fromElement, toElement))
        {
            return TypeFacts.Underlying(fromElement);
        }
        return SeesAnyValue(to) ? TypeFacts.Underlying(from) : null;
    }

    /// <summary>
    /// The element type of the sequence a <c>Cast&lt;object&gt;()</c> or <c>OfType&lt;object&gt;()</c> (or to an
    /// interface) reads: the elements become objects inside the library call, where no conversion is written.
    /// </summary>
    private static ITypeSymbol? ElementsSeenAsAnyValue(ExpressionSyntax expression, SemanticModel model)
    {
        if (expression is not InvocationExpressionSyntax invocation
            || model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol { Name: "Cast" or "OfType", TypeArguments: [var target] } method
            || method.ContainingType.ToDisplayString() != "System.Linq.Enumerable" || !SeesAnyValue(target))
        {
            return null;
        }
        var source = method.ReducedFrom is not null && invocation.Expression is MemberAccessExpressionSyntax access
            ? access.Expression
            : invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression;
        return source is null ? null : TypeFacts.ElementType(model.GetTypeInfo(source).Type);
    }

    private static bool SeesAnyValue(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType || type.TypeKind == TypeKind.Interface;

    /// <summary>The type arguments of a generic method or type the program declares, where the node names or creates one.</summary>
    private static ITypeSymbol[] TypeArgumentsOfOwnGeneric(SyntaxNode node, SemanticModel model, ScriptSemantics semantics)
    {
        var arguments = model.GetSymbolInfo(node).Symbol switch
        {
            IMethodSymbol { IsGenericMethod: true } method when semantics.IsInSource(method.OriginalDefinition) => method.TypeArguments,
            IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { IsGenericType: true } type } when semantics.IsInSource(type.OriginalDefinition) => type.TypeArguments,
            _ => default,
        };
        return arguments.IsDefaultOrEmpty ? Array.Empty<ITypeSymbol>() : arguments.Select(TypeFacts.Underlying).OfType<ITypeSymbol>().ToArray();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AppsScript.Compiler.Analysis;

/// <summary>
/// Which types whose values are JavaScript numbers (int, long, double, the small integers, enums, dates) the
/// program boxes into a reference type (object, an interface, ValueType) where the value may be kept, and where
/// first; and the first place a value of unknown type comes in: a type parameter's value boxed, an entry point's
/// parameter typed object (Apps Script passes any JavaScript value), a value typed object from a host object. A
/// number typed object is a JavaScript number whatever its .NET type, so <c>boxed is int</c> is exact only when int
/// is the one such type the program ever boxes. Operands of string concatenation and interpolation and arguments of Console and
/// string members are formatted at once and never kept, so they do not count. A char is a one-character string in
/// JavaScript, so where the program boxes one, <c>boxed is string</c> cannot be told from it (<see cref="Char"/>).
/// </summary>
internal sealed class BoxedNumbers
{
    private BoxedNumbers(IReadOnlyDictionary<ITypeSymbol, Location> types, (string What, Location Where)? unknown, Location? @char)
    {
        Types = types;
        Unknown = unknown;
        Char = @char;
    }

    /// <summary>Each number type boxed, with the first place it is.</summary>
    public IReadOnlyDictionary<ITypeSymbol, Location> Types { get; }

    /// <summary>The first place a value of unknown type becomes an object, if any, and what it is.</summary>
    public (string What, Location Where)? Unknown { get; }

    /// <summary>The first place the program boxes a char, if any.</summary>
    public Location? Char { get; }

    /// <summary>Takes in the nodes of the program's trees in order (<see cref="ProgramScan"/>), each tree ended by <see cref="EndTree"/>.</summary>
    public sealed class Collector
    {
        private readonly Dictionary<ITypeSymbol, Location> _types = new(SymbolEqualityComparer.Default);
        private (string What, Location Where)? _unknown;
        // Within a tree, an entry point's parameter is named before a value of unknown type the tree's code takes in.
        private (string What, Location Where)? _treeEntryPoint, _treeExpression;
        private Location? _char;

        public void Visit(SyntaxNode node, SemanticModel model, ExpressionConversion? conversion)
        {
            if (node is MethodDeclarationSyntax method
                && model.GetDeclaredSymbol(method) is IMethodSymbol { DeclaredAccessibility: Accessibility.Public, IsStatic: true } entry
                && KnownAttributes.Has(entry.ContainingType, KnownAttributes.GlobalFunctions)
                && entry.Parameters.FirstOrDefault(p => MayHoldAnyValue(p.Type)) is { } parameter)
            {
                _treeEntryPoint ??= ("an entry point's parameter, which Apps Script may pass any value", parameter.Locations[0]);
            }
            if (conversion is null) return;
            var expression = conversion.Expression;
            if (MayHoldAnyValue(conversion.Info.Type) && model.GetSymbolInfo(expression).Symbol is { ContainingType: { } host } && IsExternal(host))
            {
                _treeExpression ??= ("a host object's value", expression.GetLocation());
            }
            var (from, to) = (conversion.From, conversion.To);
            if (from is null || to is not { IsReferenceType: true } || to.TypeKind == TypeKind.TypeParameter || conversion.FormattedAtOnce) return;
            if (from is ITypeParameterSymbol { HasReferenceTypeConstraint: false })
            {
                _treeExpression ??= ("a type parameter's value", expression.GetLocation());
            }
            else if (IsNumberAtRunTime(TypeFacts.Underlying(from)))
            {
                _types.TryAdd(TypeFacts.Underlying(from)!, expression.GetLocation());
            }
            else if (TypeFacts.IsChar(TypeFacts.Underlying(from)))
            {
                _char ??= expression.GetLocation();
            }
        }

        public void EndTree()
        {
            _unknown ??= _treeEntryPoint ?? _treeExpression;
            _treeEntryPoint = _treeExpression = null;
        }

        public BoxedNumbers Result() => new(_types, _unknown, _char);
    }

    /// <summary>object, dynamic, ValueType, Enum or an interface: a type whose values may be numbers of any type.</summary>
    private static bool MayHoldAnyValue(ITypeSymbol? type) => type is not null
        && (type.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum
            || type.TypeKind is TypeKind.Interface or TypeKind.Dynamic);

    private static bool IsExternal(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (KnownAttributes.Has(current, KnownAttributes.External)) return true;
        }
        return false;
    }

    /// <summary>Whether values of the type are JavaScript numbers.</summary>
    public static bool IsNumberAtRunTime(ITypeSymbol? type) =>
        TypeFacts.IsNumeric(type) || TypeFacts.IsUnsupportedNumeric(type) || TypeFacts.IsEnum(type) || TypeFacts.IsDateTime(type)
        || TypeFacts.IsDateTimeOffset(type) || TypeFacts.IsTimeSpan(type);

    /// <summary>A place as a message names it: the file's name, line and column.</summary>
    public static string Where(Location location)
    {
        var span = location.GetLineSpan();
        return $"{System.IO.Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    /// <summary>An operand or argument that is made a string at once and never kept.</summary>
    public static bool IsFormattedAtOnce(ExpressionSyntax expression, SemanticModel model)
    {
        var parent = expression.Parent;
        while (parent is ParenthesizedExpressionSyntax) parent = parent.Parent;
        return parent switch
        {
            InterpolationSyntax => true,
            BinaryExpressionSyntax binary when binary.OperatorToken.Text == "+" => model.GetTypeInfo(binary).Type?.SpecialType == SpecialType.System_String,
            ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax invocation } => model.GetSymbolInfo(invocation).Symbol?.ContainingType?.ToDisplayString()
                is "System.Console" or "string" or "System.String" or "System.Text.StringBuilder",
            _ => false,
        };
    }
}

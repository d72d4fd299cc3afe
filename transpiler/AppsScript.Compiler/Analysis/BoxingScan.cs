using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using AppsScript.Compiler.Semantics;

namespace AppsScript.Compiler.Analysis;

/// <summary>
/// The one walk of the program's syntax trees that finds where values become objects: each node is shown to the
/// collector of <see cref="BoxedNumbers"/> and of <see cref="BoxedValues"/>, with the conversion of an expression
/// worked out once for both; in a program with iterators, to the collector of <see cref="LazyFlow"/> too.
/// </summary>
internal static class BoxingScan
{
    public static (BoxedNumbers Numbers, BoxedValues Values, LazyFlow? Lazy) Collect(ScriptSemantics semantics, Func<SyntaxTree, SemanticModel> modelFor, bool hasIterators)
    {
        var numbers = new BoxedNumbers.Collector();
        var values = new BoxedValues.Collector(semantics);
        var lazy = hasIterators ? new LazyFlow.Collector(semantics) : null;
        foreach (var tree in semantics.Compilation.SyntaxTrees)
        {
            var model = modelFor(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var conversion = node is ExpressionSyntax expression ? new ExpressionConversion(expression, model) : null;
                numbers.Visit(node, model, conversion);
                values.Visit(node, model, conversion);
                lazy?.Visit(node, model);
            }
            numbers.EndTree();
        }
        return (numbers.Result(), values.Result(), lazy?.Result());
    }
}

/// <summary>What an expression converts from and to: a cast's operand and type, else the expression's type and converted type.</summary>
internal sealed class ExpressionConversion
{
    private readonly SemanticModel _model;
    private bool? _formattedAtOnce;

    public ExpressionConversion(ExpressionSyntax expression, SemanticModel model)
    {
        _model = model;
        Expression = expression;
        Info = model.GetTypeInfo(expression);
        (From, To) = expression is CastExpressionSyntax cast ? (model.GetTypeInfo(cast.Expression).Type, Info.Type) : (Info.Type, Info.ConvertedType);
    }

    public ExpressionSyntax Expression { get; }

    public TypeInfo Info { get; }

    public ITypeSymbol? From { get; }

    public ITypeSymbol? To { get; }

    /// <summary>Whether the value is made a string at once and never kept (<see cref="BoxedNumbers.IsFormattedAtOnce"/>).</summary>
    public bool FormattedAtOnce => _formattedAtOnce ??= BoxedNumbers.IsFormattedAtOnce(Expression, _model);
}

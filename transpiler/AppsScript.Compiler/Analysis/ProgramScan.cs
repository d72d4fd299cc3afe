using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using AppsScript.Compiler.Semantics;

namespace AppsScript.Compiler.Analysis;

/// <summary>
/// The one walk of the program's syntax trees, made once per compilation when lowering first needs a fact about the
/// whole program: where values become objects (each node is shown to the collector of <see cref="BoxedNumbers"/> and
/// of <see cref="BoxedValues"/>, with the conversion of an expression worked out once for both), whether it removes
/// delegates, and, in a program with iterators, which values may hold an iterator's sequence (<see cref="LazyFlow"/>).
/// One walk, because walking the trees of a project again for each fact costs the compile a walk each.
/// </summary>
internal sealed class ProgramScan
{
    private ProgramScan(BoxedNumbers numbers, BoxedValues values, LazyFlow? lazy, bool removesDelegates)
    {
        Numbers = numbers;
        Values = values;
        Lazy = lazy;
        RemovesDelegates = removesDelegates;
    }

    /// <summary>The number types the program boxes.</summary>
    public BoxedNumbers Numbers { get; }

    /// <summary>Where the program first lets a record, tuple or anonymous value be seen as another type.</summary>
    public BoxedValues Values { get; }

    /// <summary>Which values may hold an iterator's sequence, collected only in a program with iterators.</summary>
    public LazyFlow? Lazy { get; }

    /// <summary>Whether the program removes a delegate anywhere (<c>-=</c> or <c>-</c> of a delegate, or an event's <c>-=</c>).</summary>
    public bool RemovesDelegates { get; }

    public static ProgramScan Collect(ScriptSemantics semantics, Func<SyntaxTree, SemanticModel> modelFor, bool hasIterators)
    {
        var numbers = new BoxedNumbers.Collector();
        var values = new BoxedValues.Collector(semantics);
        var lazy = hasIterators ? new LazyFlow.Collector(semantics) : null;
        var removesDelegates = false;
        foreach (var tree in semantics.Compilation.SyntaxTrees)
        {
            var model = modelFor(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var conversion = node is ExpressionSyntax expression ? new ExpressionConversion(expression, model) : null;
                numbers.Visit(node, model, conversion);
                values.Visit(node, model, conversion);
                lazy?.Visit(node, model);
                removesDelegates = removesDelegates || RemovesDelegate(node, model);
            }
            numbers.EndTree();
        }
        return new ProgramScan(numbers.Result(), values.Result(), lazy?.Result(), removesDelegates);
    }

    /// <summary>
    /// Whether the program has a <c>yield</c>, asked before the walk, which collects lazy flows only in a program that
    /// has one. Few files have one, so each file's text is searched first and only a file that names it is walked.
    /// </summary>
    public static bool HasYield(Compilation compilation) => compilation.SyntaxTrees.Any(tree =>
        tree.GetText().ToString().Contains("yield") && tree.GetRoot().DescendantNodes().Any(node => node is YieldStatementSyntax));

    private static bool RemovesDelegate(SyntaxNode node, SemanticModel model) => node switch
    {
        AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SubtractAssignmentExpression } assignment =>
            model.GetTypeInfo(assignment.Left).Type?.TypeKind == TypeKind.Delegate || model.GetSymbolInfo(assignment.Left).Symbol is IEventSymbol,
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression } subtraction => model.GetTypeInfo(subtraction.Left).Type?.TypeKind == TypeKind.Delegate,
        _ => false,
    };
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

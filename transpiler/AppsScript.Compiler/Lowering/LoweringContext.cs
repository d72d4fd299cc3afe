using System.Collections.Generic;
using AppsScript.Compiler.Helpers;
using AppsScript.Compiler.Replacements;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering;

/// <summary>What lowering shares across the whole project: symbol semantics, the replacement table, the helpers and the diagnostics.</summary>
internal sealed class LoweringContext
{
    public LoweringContext(ScriptSemantics semantics, ReplacementTable replacements, HelperRegistry helpers, List<Diagnostic> diagnostics)
    {
        Semantics = semantics;
        Replacements = replacements;
        Helpers = helpers;
        Diagnostics = diagnostics;
        TypeDefaults = new TypeParameterDefaults(this);
    }

    /// <summary>Which generic methods take the defaults of their type parameters, and how.</summary>
    public TypeParameterDefaults TypeDefaults { get; }

    public ScriptSemantics Semantics { get; }

    public ReplacementTable Replacements { get; }

    public HelperRegistry Helpers { get; }

    public List<Diagnostic> Diagnostics { get; }

    /// <summary>The names of the variables hoisted to the top level, which share the one global scope of every file.</summary>
    public HashSet<string> TopLevelTemporaries { get; } = new();

    /// <summary>What each lowered member refers to and needs, project-wide.</summary>
    public CodeGraph Graph { get; } = new();

    public Compilation Compilation => Semantics.Compilation;

    private (Analysis.BoxedNumbers Numbers, Analysis.BoxedValues Values, Analysis.LazyFlow? Lazy)? _boxing;

    /// <summary>The boxing facts and the lazy flows, collected by one walk of the program, once, when lowering first needs one.</summary>
    private (Analysis.BoxedNumbers Numbers, Analysis.BoxedValues Values, Analysis.LazyFlow? Lazy) Boxing =>
        _boxing ??= Analysis.BoxingScan.Collect(Semantics, ModelFor, HasIterators);

    /// <summary>The number types the program boxes.</summary>
    public Analysis.BoxedNumbers BoxedNumbers => Boxing.Numbers;

    /// <summary>Where the program first lets a record, tuple or anonymous value be seen as another type.</summary>
    public Analysis.BoxedValues BoxedValues => Boxing.Values;

    /// <summary>Which values may hold an iterator's sequence, in a program with iterators (<see cref="HasIterators"/>).</summary>
    public Analysis.LazyFlow LazyFlow => Boxing.Lazy ?? throw new System.InvalidOperationException("Lazy flows are collected only in a program with iterators.");

    private bool? _hasIterators;

    /// <summary>
    /// Whether the program has an iterator (a <c>yield</c>), so that a value typed IEnumerable&lt;T&gt; may be a lazy
    /// iterable rather than an array (see <see cref="LazySequences"/>).
    /// </summary>
    public bool HasIterators => _hasIterators ??= System.Linq.Enumerable.Any(Compilation.SyntaxTrees,
        tree => System.Linq.Enumerable.Any(tree.GetRoot().DescendantNodes(), node => node is Microsoft.CodeAnalysis.CSharp.Syntax.YieldStatementSyntax));

    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();

    /// <summary>The semantic model of a file, created once.</summary>
    public SemanticModel ModelFor(SyntaxTree tree)
    {
        if (!_models.TryGetValue(tree, out var model)) _models[tree] = model = Compilation.GetSemanticModel(tree);
        return model;
    }

    public void Report(DiagnosticDescriptor descriptor, Location? location, params object?[] args) =>
        Diagnostics.Add(Diagnostic.Create(descriptor, location ?? Location.None, args));
}

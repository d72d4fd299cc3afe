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
        NonNullValues = new Analysis.NonNullValues(semantics, ModelFor);
    }

    /// <summary>Which values are certainly not null, whatever their nullable annotations say.</summary>
    public Analysis.NonNullValues NonNullValues { get; }

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

    /// <summary>The records and structs whose key method the program calls.</summary>
    public KeyMethodCalls KeyMethodCalls { get; } = new();

    public Compilation Compilation => Semantics.Compilation;

    private Analysis.ProgramScan? _scan;
    private bool? _hasIterators;

    /// <summary>The facts about the whole program, collected by one walk of it, once, when lowering first needs one.</summary>
    private Analysis.ProgramScan Scan => _scan ??= Analysis.ProgramScan.Collect(Semantics, ModelFor, HasIterators);

    /// <summary>The number types the program boxes.</summary>
    public Analysis.BoxedNumbers BoxedNumbers => Scan.Numbers;

    /// <summary>Where the program first lets a record, tuple or anonymous value be seen as another type.</summary>
    public Analysis.BoxedValues BoxedValues => Scan.Values;

    /// <summary>Which values may hold an iterator's sequence, in a program with iterators (<see cref="HasIterators"/>).</summary>
    public Analysis.LazyFlow LazyFlow => Scan.Lazy ?? throw new System.InvalidOperationException("Lazy flows are collected only in a program with iterators.");

    /// <summary>
    /// Whether the program has an iterator (a <c>yield</c>) or a class of its own implementing IEnumerable&lt;T&gt;, so
    /// that a value typed IEnumerable&lt;T&gt; may be a lazy iterable rather than an array (see <see cref="LazySequences"/>).
    /// </summary>
    public bool HasIterators => _hasIterators ??= System.Linq.Enumerable.Any(Semantics.SourceTypes, EnumerableClasses.IsEnumerableClass) || Analysis.ProgramScan.HasYield(Compilation);

    /// <summary>Whether the program removes delegates, so that a method group's delegate must know its method and target (see <see cref="Expressions.Delegates"/>).</summary>
    public bool RemovesDelegates => Scan.RemovesDelegates;

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

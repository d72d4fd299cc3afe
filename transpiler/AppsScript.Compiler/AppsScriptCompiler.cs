using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AppsScript.Compiler.Analysis;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Helpers;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Js.Printer;
using AppsScript.Compiler.Linking;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Lowering.Declarations;
using AppsScript.Compiler.Output;
using AppsScript.Compiler.Replacements;
using AppsScript.Compiler.Semantics;
using AppsScript.Compiler.Verification;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler;

/// <summary>
/// How the compiler lays out its output: the project folder that source paths are relative to, and the script
/// files the project names (none: one .js file per .cs file, at the same relative path).
/// </summary>
public sealed record CompilerOptions(string? ProjectDirectory = null, IReadOnlyList<OutputFileRule>? OutputFiles = null);

/// <summary>
/// What a compilation produced: the emitted files in push order, whether that order differs from clasp's
/// alphabetical default (and so must be written to .clasp.json), the entry points, and the diagnostics.
/// </summary>
public sealed record CompileResult(
    IReadOnlyList<OutputFile> Files,
    bool PushOrderMatters,
    IReadOnlyList<string> EntryPoints,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Success => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// The compiler pipeline: Load (the C# compilation, whose errors stop it) → Validate (the subset) →
/// Semantics (per-symbol names and shapes) → Lower (IOperation to the JS tree, BCL members through the
/// replacement table) → Link (keep what the entry points reach, put each type in its file, order the files and
/// their declarations for loading, place the helpers) → Print → Verify (re-parse with Acornima).
/// Validate, Semantics, Lower and Link all run whatever the stages before them found, so that one compilation
/// reports every error of the project, once each and in file, line and column order; Print, Verify and the
/// output run only when there are none.
/// </summary>
public static class AppsScriptCompiler
{
    private static readonly Lazy<ReplacementTable> Replacements = new(ReplacementTable.CreateDefault);
    private static readonly Lazy<HelperRegistry> Helpers = new(HelperRegistry.Load);

    public static CompileResult Compile(Compilation compilation, CompilerOptions? options = null) =>
        Compile(compilation, options, Replacements.Value);

    /// <summary>
    /// The diagnostics of every stage before printing (the C# compiler's errors, or Validate, Semantics, Lower and
    /// Link), as <see cref="Compile(Compilation, CompilerOptions?)"/> reports them: what the analyzer shows in the
    /// editor. Only Verify's (GAS9002), which needs the printed output, are the build's alone.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(Compilation compilation, CompilerOptions? options = null) =>
        RunChecks(compilation, options ?? new CompilerOptions(), Replacements.Value).Diagnostics;

    /// <summary>Compiles with another replacement table: tests use it to reach the internal-error paths.</summary>
    internal static CompileResult Compile(Compilation compilation, CompilerOptions? options, ReplacementTable replacements)
    {
        var checks = RunChecks(compilation, options ?? new CompilerOptions(), replacements);
        if (checks.Stages is not { } stages) return Failed(checks.Diagnostics);
        var (semantics, context, entryPoints, reached, layout, ordered) = stages;

        var helpersByFile = PlaceHelpers(ordered, reached, context.Graph, Helpers.Value);
        var files = ordered.Select(f => new OutputFile(f.Path, Emit(f, helpersByFile[f], reached, layout))).ToList();
        var entryPointNames = entryPoints.Select(semantics.MemberName).ToList();
        var verified = OutputVerifier.Verify(files, entryPointNames);
        var alphabetical = files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal);
        return new CompileResult(files, !files.Select(f => f.Path).SequenceEqual(alphabetical), entryPointNames, checks.Diagnostics.Concat(verified).ToList());
    }

    /// <summary>What the stages before printing found, and what they give the output stages when they found no error.</summary>
    private sealed record Checks(IReadOnlyList<Diagnostic> Diagnostics, Checked? Stages);

    private static Checks RunChecks(Compilation compilation, CompilerOptions options, ReplacementTable replacements)
    {
        var diagnostics = new List<Diagnostic>();
        // The C# compiler's own errors stop it: the semantic model of code that does not compile cannot be trusted.
        diagnostics.AddRange(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        if (diagnostics.Count > 0) return new Checks(DiagnosticList.Collect(diagnostics, 0), null);

        // Every later stage runs even when an earlier one refused something, so that one build reports every
        // refused construct of the project; only writing the output needs a project free of errors.
        SubsetValidator.Validate(compilation, diagnostics);
        var refused = diagnostics.Count;
        Checked stages;
        try
        {
            stages = CheckStages(compilation, options, replacements, diagnostics);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException && HasErrors(diagnostics.Take(refused)))
        {
            // A later stage met a construct the Validate stage refused and was not written for: the refusals, and
            // what the stages reported before, say what to fix.
            return new Checks(DiagnosticList.Collect(diagnostics.ToList(), refused), null);
        }
        var collected = DiagnosticList.Collect(diagnostics, refused);
        return new Checks(collected, HasErrors(collected) ? null : stages);
    }

    /// <summary>What the checking stages (Semantics, Lower, Link) give the output stages.</summary>
    private sealed record Checked(ScriptSemantics Semantics, LoweringContext Context, IReadOnlyList<IMethodSymbol> EntryPoints,
        Reachability Reached, OutputLayout Layout, IReadOnlyList<PlacedFile> Ordered);

    /// <summary>Semantics, Lower and Link, each run whatever the stages before it reported.</summary>
    private static Checked CheckStages(Compilation compilation, CompilerOptions options, ReplacementTable replacements, List<Diagnostic> diagnostics)
    {
        var semantics = new ScriptSemantics(compilation, diagnostics, Helpers.Value.Names);
        var context = new LoweringContext(semantics, replacements, Helpers.Value, diagnostics);
        JsonRules.Check(semantics, diagnostics, context.ModelFor);
        var lowered = compilation.SyntaxTrees.SelectMany(tree => FileLowerer.Lower(tree, context)).ToList();
        foreach (var type in semantics.SourceTypes.Where(t => semantics.ShapeOf(t) == TypeShape.GlobalFunctions))
        {
            GlobalFunctionDeclarations.ReportReadsBeforeInitialization(type, context);
        }
        BaseConstructorCalls.Check(semantics, context.Graph, diagnostics);

        var entryPoints = EntryPoints(semantics);
        var reached = Reachability.From(entryPoints, semantics, context.Graph);
        var layout = new OutputLayout(options.ProjectDirectory, options.OutputFiles ?? Array.Empty<OutputFileRule>());
        var placed = new List<(LoweredType Type, string File)>();
        foreach (var type in lowered.Where(t => reached.Contains(t.Type)))
        {
            if (layout.FileOf(type.Type, type.Tree) is { } file) placed.Add((type, file));
            else diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.TypeInNoOutputFile, type.Type.Locations.FirstOrDefault(), type.Type.ToDisplayString(), layout.SourcePath(type.Tree, ".cs")));
        }
        var ordered = LoadOrder.Order(placed, context.Graph, layout.PreferredOrder, diagnostics);

        return new Checked(semantics, context, entryPoints, reached, layout, ordered);
    }

    private static bool HasErrors(IEnumerable<Diagnostic> diagnostics) => diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    private static CompileResult Failed(IReadOnlyList<Diagnostic> diagnostics) =>
        new(Array.Empty<OutputFile>(), false, Array.Empty<string>(), diagnostics);

    /// <summary>The public methods of [GlobalFunctions] classes: the functions Apps Script calls by name.</summary>
    private static IReadOnlyList<IMethodSymbol> EntryPoints(ScriptSemantics semantics) =>
        semantics.SourceTypes.Where(t => semantics.ShapeOf(t) == TypeShape.GlobalFunctions)
            .SelectMany(t => t.GetMembers().OfType<IMethodSymbol>())
            .Where(m => m.MethodKind == MethodKind.Ordinary && m.DeclaredAccessibility == Accessibility.Public)
            .ToList();

    /// <summary>
    /// Each helper the kept code calls goes, once, into the first file in push order that calls it (or a helper
    /// that needs it), so that it is declared before any file that could need it while loading.
    /// </summary>
    private static Dictionary<PlacedFile, IReadOnlyList<RuntimeHelper>> PlaceHelpers(IReadOnlyList<PlacedFile> ordered, Reachability reached, CodeGraph graph, HelperRegistry registry)
    {
        var placed = new HashSet<string>();
        var result = new Dictionary<PlacedFile, IReadOnlyList<RuntimeHelper>>();
        foreach (var file in ordered)
        {
            var types = file.Types.Select(t => t.Type).ToHashSet<ISymbol>(SymbolEqualityComparer.Default);
            var used = reached.Owners.Where(o => types.Contains(o as INamedTypeSymbol ?? o.ContainingType)).SelectMany(graph.HelpersOf);
            result[file] = registry.WithDependencies(used).Where(h => placed.Add(h.Name)).ToList();
        }
        return result;
    }

    private static string Emit(PlacedFile file, IReadOnlyList<RuntimeHelper> helpers, Reachability reached, OutputLayout layout)
    {
        var sources = file.Types.Select(t => layout.SourcePath(t.Tree, ".cs")).Distinct().ToList();
        var header = sources.Count == 1
            ? $"// Compiled from {sources[0]} by the SpotifySync Apps Script compiler. Edit the C# source, not this file.\n\n"
            : "// Compiled by the SpotifySync Apps Script compiler from these C# sources; edit them, not this file:\n"
              + string.Concat(sources.Select(s => $"//   {s}\n")) + "\n";
        var helperText = string.Concat(helpers.Select(h => h.Source + "\n"));
        var declarations = file.Types.SelectMany(t => t.Assemble(reached.Contains)).ToList();
        return header + helperText + JsPrinter.Print(new JsProgram(declarations));
    }
}

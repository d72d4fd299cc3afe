using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AppsScript.Compiler.Analysis;
using AppsScript.Compiler.Helpers;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Js.Printer;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Output;
using AppsScript.Compiler.Replacements;
using AppsScript.Compiler.Semantics;
using AppsScript.Compiler.Verification;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler;

/// <summary>Where output paths are made relative to: a file's .js path is its .cs path relative to the project folder.</summary>
public sealed record CompilerOptions(string? ProjectDirectory = null);

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
/// replacement table) → order files and place helpers → Print → Verify (re-parse with Acornima).
/// </summary>
public static class AppsScriptCompiler
{
    private static readonly Lazy<ReplacementTable> Replacements = new(ReplacementTable.CreateDefault);
    private static readonly Lazy<HelperRegistry> Helpers = new(HelperRegistry.Load);

    public static CompileResult Compile(Compilation compilation, CompilerOptions? options = null) =>
        Compile(compilation, options, Replacements.Value);

    /// <summary>Compiles with another replacement table: tests use it to reach the internal-error paths.</summary>
    internal static CompileResult Compile(Compilation compilation, CompilerOptions? options, ReplacementTable replacements)
    {
        options ??= new CompilerOptions();
        var diagnostics = new List<Diagnostic>();
        diagnostics.AddRange(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        if (diagnostics.Count > 0) return Failed(diagnostics);

        SubsetValidator.Validate(compilation, diagnostics);
        if (HasErrors(diagnostics)) return Failed(diagnostics);

        var semantics = new ScriptSemantics(compilation, diagnostics, Helpers.Value.Names);
        JsonRules.Check(semantics, diagnostics);
        var context = new LoweringContext(semantics, replacements, Helpers.Value, diagnostics);
        var lowered = compilation.SyntaxTrees.Select(tree => FileLowerer.Lower(tree, context)).Where(f => f.Declarations.Count > 0).ToList();
        if (HasErrors(diagnostics)) return Failed(diagnostics);

        string PathOf(LoweredFile file) => OutputPath(file.Tree, options.ProjectDirectory);
        var ordered = PushOrder.Order(lowered, PathOf, diagnostics);
        var helpersByFile = PlaceHelpers(ordered, Helpers.Value);
        var files = ordered.Select(f => new OutputFile(PathOf(f), Emit(f, helpersByFile[f]))).ToList();
        var entryPoints = EntryPoints(semantics);
        diagnostics.AddRange(OutputVerifier.Verify(files, entryPoints));
        var alphabetical = files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal);
        return new CompileResult(files, !files.Select(f => f.Path).SequenceEqual(alphabetical), entryPoints, diagnostics);
    }

    private static bool HasErrors(IEnumerable<Diagnostic> diagnostics) => diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    private static CompileResult Failed(List<Diagnostic> diagnostics) =>
        new(Array.Empty<OutputFile>(), false, Array.Empty<string>(), diagnostics);

    /// <summary>The .js path of a .cs file: its path relative to the project folder, with forward slashes.</summary>
    public static string OutputPath(SyntaxTree tree, string? projectDirectory)
    {
        var path = string.IsNullOrEmpty(tree.FilePath) ? "Program.cs" : tree.FilePath;
        if (projectDirectory is not null && Path.IsPathRooted(path))
        {
            var relative = Path.GetRelativePath(projectDirectory, path);
            path = relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFileName(path) : relative;
        }
        return Path.ChangeExtension(path, ".js").Replace('\\', '/');
    }

    /// <summary>The public methods of [GlobalFunctions] classes: the functions Apps Script calls by name.</summary>
    private static IReadOnlyList<string> EntryPoints(ScriptSemantics semantics) =>
        semantics.SourceTypes.Where(t => semantics.ShapeOf(t) == TypeShape.GlobalFunctions)
            .SelectMany(t => t.GetMembers().OfType<IMethodSymbol>())
            .Where(m => m.MethodKind == MethodKind.Ordinary && m.DeclaredAccessibility == Accessibility.Public)
            .Select(semantics.MemberName)
            .ToList();

    /// <summary>
    /// Each helper goes, once, into the first file in push order that uses it (or a helper that needs it),
    /// so that it is declared before any file that could need it while loading.
    /// </summary>
    private static Dictionary<LoweredFile, IReadOnlyList<RuntimeHelper>> PlaceHelpers(IReadOnlyList<LoweredFile> ordered, HelperRegistry registry)
    {
        var placed = new HashSet<string>();
        var result = new Dictionary<LoweredFile, IReadOnlyList<RuntimeHelper>>();
        foreach (var file in ordered)
        {
            var needed = registry.WithDependencies(file.Scope.UsedHelpers).Where(h => placed.Add(h.Name)).ToList();
            result[file] = needed;
        }
        return result;
    }

    private static string Emit(LoweredFile file, IReadOnlyList<RuntimeHelper> helpers)
    {
        var source = string.IsNullOrEmpty(file.Tree.FilePath) ? "C#" : Path.GetFileName(file.Tree.FilePath);
        var header = $"// Compiled from {source} by the SpotifySync Apps Script compiler. Edit the C# source, not this file.\n\n";
        var helperText = string.Concat(helpers.Select(h => h.Source + "\n"));
        return header + helperText + JsPrinter.Print(new JsProgram(file.Declarations));
    }
}

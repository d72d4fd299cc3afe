using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Collections.Immutable;
using AppsScript.Compiler;
using AppsScript.Compiler.Analyzer;
using AppsScript.Compiler.Output;
using AppsScript.Compiler.Projects;
using Jint;
using Microsoft.CodeAnalysis.Diagnostics;
using static SpotifySync.Benchmarks.BenchmarkReport;

// Measures the Apps Script compiler on gas-src: cold compile (the first in a fresh process: loading Roslyn,
// JIT, the replacement table and helpers), early compiles (the next ten, while .NET's tiered JIT compiles the hot
// methods again, optimised, on background threads), warm compile (later compiles of a fresh compilation, as in the
// build server after its first builds; in wall time and in the process's CPU time, which a shared machine's load
// moves much less), emitted bytes per source byte, and how long Jint takes to load and evaluate the emitted files in push
// order, as Apps Script does at the start of every execution; and the analyzer's check of one snapshot, what the
// editor waits for after an edit (a fresh compilation, as the editor makes one per edit).
const int EarlyRuns = 10;
const int WarmRuns = 20;
var projectPath = args.Length > 0 ? Path.GetFullPath(args[0]) : FindGasSrc();

Console.WriteLine($"Loading {projectPath} (MSBuild evaluation, not timed)...");
var inputs = ProjectLoader.Load(projectPath);

var cold = Stopwatch.StartNew();
var result = Compile(inputs);
cold.Stop();
var early = Median(Enumerable.Range(0, EarlyRuns).Select(_ => Time(() => Compile(inputs))));
var warmRuns = Enumerable.Range(0, WarmRuns).Select(_ => TimeWithCpu(() => Compile(inputs))).ToList();
var warm = Median(warmRuns.Select(r => r.Wall));
var warmCpu = Median(warmRuns.Select(r => r.Cpu));
var analyzerCold = Time(() => Analyze(inputs));
var analyzerWarm = Median(Enumerable.Range(0, WarmRuns).Select(_ => Time(() => Analyze(inputs))));

var sources = inputs.Sources.Where(p => !IsGenerated(p, inputs.ProjectDirectory)).ToList();
var sourceBytes = sources.Sum(p => new FileInfo(p).Length);
var emittedBytes = result.Files.Sum(f => System.Text.Encoding.UTF8.GetByteCount(f.Text));

var loadCold = Time(() => LoadUnderJint(result.Files));
var loadWarm = Median(Enumerable.Range(0, WarmRuns).Select(_ => Time(() => LoadUnderJint(result.Files))));

var rows = new List<(string Measure, string Value)>
{
    ("cold compile of gas-src (first in process)", $"{cold.Elapsed.TotalMilliseconds:F0} ms"),
    ($"early compiles, 2nd to {EarlyRuns + 1}th (median)", $"{early:F1} ms"),
    ($"warm compile (median of {WarmRuns}, after those)", $"{warm:F1} ms"),
    ($"warm compile, CPU time of the process (median of {WarmRuns})", $"{warmCpu:F1} ms"),
    ("analyzer on a snapshot of gas-src, first", $"{analyzerCold:F1} ms"),
    ($"analyzer on a snapshot of gas-src (median of {WarmRuns})", $"{analyzerWarm:F1} ms"),
    ("C# source", $"{sourceBytes:N0} bytes in {sources.Count} file(s)"),
    ("emitted JavaScript", $"{emittedBytes:N0} bytes in {result.Files.Count} file(s)"),
    ("emitted bytes per source byte", $"{(double)emittedBytes / sourceBytes:F2}"),
    ("load + evaluate dist/ under Jint, first", $"{loadCold:F1} ms"),
    ($"load + evaluate dist/ under Jint (median of {WarmRuns})", $"{loadWarm:F2} ms"),
};
PrintTable(rows);
return 0;

static CompileResult Compile(ProjectInputs inputs)
{
    var result = AppsScriptCompiler.Compile(CompilationFactory.Create(inputs), new CompilerOptions(inputs.ProjectDirectory));
    if (!result.Success) throw new InvalidOperationException($"{inputs.ProjectPath} does not compile: run `dotnet build gas-src` to see why.");
    return result;
}

static void Analyze(ProjectInputs inputs)
{
    var analyzed = CompilationFactory.Create(inputs)
        .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AppsScriptAnalyzer()))
        .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    if (!analyzed.IsEmpty) throw new InvalidOperationException($"the analyzer reported {analyzed.Length} diagnostic(s) on {inputs.ProjectPath}.");
}

static void LoadUnderJint(IReadOnlyList<OutputFile> files)
{
    var engine = new Engine();
    foreach (var file in files) engine.Execute(file.Text, file.Path);
}



// Files MSBuild generates under obj/ (assembly attributes) are inputs to the compiler but not source a person wrote.
static bool IsGenerated(string path, string projectDirectory) =>
    Path.GetRelativePath(projectDirectory, path).Replace('\\', '/').StartsWith("obj/", StringComparison.Ordinal);

static string FindGasSrc()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        var project = Path.Combine(directory.FullName, "gas-src", "SpotifySync.Gas.csproj");
        if (File.Exists(project)) return project;
    }
    throw new InvalidOperationException("No gas-src/SpotifySync.Gas.csproj above the benchmark; pass the project path as the first argument.");
}

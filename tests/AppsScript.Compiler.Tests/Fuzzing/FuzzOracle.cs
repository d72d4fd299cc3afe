using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>A case whose compiled JavaScript did not print what .NET printed (or that crashed the compiler), minimised.</summary>
internal sealed record Divergence(long Seed, string Kind, string Source, string DotNet, string JavaScript);

/// <summary>What a fuzz run did: cases generated, run and refused (by code), divergences, generator bugs, time.</summary>
internal sealed class FuzzReport
{
    public int Generated { get; set; }
    public int Ran { get; set; }
    public int Refused { get; set; }
    public SortedDictionary<string, int> RefusedByCode { get; } = new(StringComparer.Ordinal);

    /// <summary>The distinct messages of the refusals, with how many cases each refused: what the generator reaches outside the subset.</summary>
    public SortedDictionary<string, int> RefusalMessages { get; } = new(StringComparer.Ordinal);
    public List<Divergence> Divergences { get; } = new();

    /// <summary>Generated programs that are not valid C#: bugs of the generator, never of the compiler.</summary>
    public List<string> GeneratorBugs { get; } = new();

    /// <summary>Cases whose outputs differ only where .NET is wrong and JavaScript right (<see cref="DotNetBugs"/>).</summary>
    public int DotNetBugs { get; set; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>The processor time the run used: the machine is shared, so this moves less with its load than <see cref="Elapsed"/>.</summary>
    public TimeSpan ProcessorTime { get; set; }

    /// <summary>Characters of C# generated, all batches together (without recompilations).</summary>
    public long SourceCharacters { get; set; }

    /// <summary>Where the time went: generating, checking the C#, compiling to JavaScript, running on .NET, running under Jint, confirming and minimising divergences.</summary>
    public SortedDictionary<string, TimeSpan> Phases { get; } = new(StringComparer.Ordinal);

    public T Timed<T>(string phase, Func<T> action)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return action();
        }
        finally
        {
            Phases[phase] = Phases.GetValueOrDefault(phase) + clock.Elapsed;
        }
    }


    public string Summary() => Summary(Elapsed, ProcessorTime);

    /// <summary>The figures so far, <paramref name="elapsed"/> into the run, of which the process used <paramref name="processor"/>.</summary>
    public string Summary(TimeSpan elapsed, TimeSpan processor) =>
        $"{Generated} cases in {elapsed.TotalSeconds:F1} s ({Generated / Math.Max(elapsed.TotalSeconds, 0.001):F1} cases/s; {processor.TotalSeconds:F1} s of processor time; {SourceCharacters / Math.Max(Generated, 1)} characters of C# a case): {Ran} ran, {Refused} refused "
        + $"({string.Join(", ", RefusedByCode.Select(p => $"{p.Key} x{p.Value}"))}), {Divergences.Count} divergent, {GeneratorBugs.Count} generator bugs, {DotNetBugs} .NET bugs";

    public string Describe()
    {
        var text = new StringBuilder(Summary()).Append('\n');
        text.Append("  time: ").Append(string.Join(", ", Phases.Select(p => $"{p.Key} {p.Value.TotalSeconds:F1} s"))).Append('\n');
        foreach (var (message, count) in RefusalMessages.OrderByDescending(p => p.Value)) text.Append($"  refused x{count}: {message}\n");
        foreach (var divergence in Divergences)
        {
            text.Append($"\n=== divergence in case {divergence.Seed} ({divergence.Kind}); rerun alone with FUZZ_CASE={divergence.Seed}\n");
            text.Append("--- .NET printed:\n").Append(divergence.DotNet).Append("--- JavaScript printed:\n").Append(divergence.JavaScript);
            text.Append("--- minimised program:\n").Append(divergence.Source).Append('\n');
        }
        foreach (var bug in GeneratorBugs) text.Append("\n=== generator bug\n").Append(bug).Append('\n');
        return text.ToString();
    }
}

/// <summary>
/// Runs generated cases in batches: one C# compilation per batch for both runtimes. A case the compiler refuses
/// with a GAS error is dropped from its batch and counted as refused, and the batch compiled again, so cases that
/// may be refused (<see cref="GeneratedCase.MayBeRefused"/>) are batched apart from the others, which then compile
/// once. A case whose output differs is confirmed alone and minimised by dropping snippets and declarations while
/// it still diverges. A crash of the compiler or of Jint is split by halving the batch until it is one case.
/// </summary>
internal sealed class FuzzOracle
{
    private readonly int _batchSize;
    private readonly Action<string> _log;
    private readonly Func<Compilation, CompileResult> _compile;

    /// <param name="compile">The compiler under test; the oracle's own tests pass one with a planted divergence.</param>
    public FuzzOracle(int batchSize, Action<string> log, Func<Compilation, CompileResult>? compile = null)
    {
        _batchSize = batchSize;
        _log = log;
        _compile = compile ?? (compilation => AppsScriptCompiler.Compile(compilation));
    }

    /// <summary>The cases of <paramref name="count"/> seeds from <paramref name="firstSeed"/>, each generated as its batch fills.</summary>
    public FuzzReport Run(long firstSeed, int count)
    {
        var report = new FuzzReport();
        return Run(report, Enumerable.Range(0, count).Select(i => report.Timed("generate", () => GeneratedCase.Generate(firstSeed + i))));
    }

    /// <summary>Given cases.</summary>
    public FuzzReport Run(IReadOnlyList<GeneratedCase> cases) => Run(new FuzzReport(), cases);

    private FuzzReport Run(FuzzReport report, IEnumerable<GeneratedCase> cases)
    {
        var clock = Stopwatch.StartNew();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var plain = new List<GeneratedCase>();
        var refusable = new List<GeneratedCase>();
        var logged = 0;
        long lastSeed = 0;
        void Flush(List<GeneratedCase> batch)
        {
            if (batch.Count == 0) return;
            report.Generated += batch.Count;
            report.SourceCharacters += ProgramGenerator.Render(batch).Source.Length;
            RunBatch(batch.ToList(), report);
            batch.Clear();
            if (report.Generated - logged >= _batchSize * 10)
            {
                logged = report.Generated;
                _log($"{report.Summary(clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - processor)} (at seed {lastSeed})");
            }
        }
        foreach (var generated in cases)
        {
            lastSeed = generated.Seed;
            var batch = generated.MayBeRefused ? refusable : plain;
            batch.Add(generated);
            if (batch.Count == _batchSize) Flush(batch);
        }
        Flush(plain);
        Flush(refusable);
        report.Elapsed = clock.Elapsed;
        report.ProcessorTime = Process.GetCurrentProcess().TotalProcessorTime - processor;
        return report;
    }

    /// <summary>The outcome of compiling and running one set of cases.</summary>
    private sealed record Outcome(Dictionary<long, string>? DotNet, Dictionary<long, string>? JavaScript, string? Failure);

    private void RunBatch(List<GeneratedCase> cases, FuzzReport report)
    {
        while (cases.Count > 0)
        {
            var (source, regions) = ProgramGenerator.Render(cases);
            var compilation = TestCompilation.Create(("Fuzz.cs", source));
            CompileResult compiled;
            try
            {
                compiled = report.Timed("compile to js", () => _compile(compilation));
            }
            catch (Exception exception)
            {
                Split(cases, report, $"the compiler threw {exception.GetType().Name}: {exception.Message}");
                return;
            }
            // The compiler stops at C# errors and returns them: a program that is not valid C# is the generator's bug.
            var invalid = compiled.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("GAS", StringComparison.Ordinal)).ToList();
            if (invalid.Count > 0)
            {
                foreach (var group in invalid.GroupBy(d => CaseAt(regions, d)))
                {
                    // Compiled alone, so that the lines of the errors are those of the program shown.
                    var (single, _) = ProgramGenerator.Render(new[] { group.Key.Case });
                    var alone = TestCompilation.Create(("Fuzz.cs", single)).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
                    report.GeneratorBugs.Add($"case {group.Key.Case.Seed} is not valid C#:\n{string.Join("\n", alone.Select(d => $"{d} in: {d.Location.SourceTree?.GetText().Lines.GetLineFromPosition(d.Location.SourceSpan.Start)}"))}\n{single}");
                }
                cases = Without(cases, invalid.Select(d => CaseAt(regions, d).Case.Seed));
                continue;
            }
            var errors = compiled.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.FirstOrDefault(d => FindCase(regions, d) is null) is { } unplaced)
            {
                // An error without a place in a case (the emitted JavaScript failing verification): find its case by halving.
                Split(cases, report, DiagnosticPrinter.Format(unplaced));
                return;
            }
            if (errors.Count > 0)
            {
                foreach (var group in errors.GroupBy(d => CaseAt(regions, d)))
                {
                    var first = group.First();
                    if (first.Id.StartsWith("GAS9", StringComparison.Ordinal))
                    {
                        var (single, _) = ProgramGenerator.Render(new[] { group.Key.Case });
                        report.Divergences.Add(new Divergence(group.Key.Case.Seed, "compiler error " + first.Id, single, "", DiagnosticPrinter.Format(first) + "\n"));
                        continue;
                    }
                    report.Refused++;
                    report.RefusedByCode[first.Id] = report.RefusedByCode.GetValueOrDefault(first.Id) + 1;
                    var message = $"{first.Id}: {first.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
                    report.RefusalMessages[message] = report.RefusalMessages.GetValueOrDefault(message) + 1;
                }
                cases = Without(cases, errors.Select(d => CaseAt(regions, d).Case.Seed));
                continue;
            }

            var outcome = Execute(compilation, compiled, report);
            if (outcome.Failure is not null)
            {
                Split(cases, report, outcome.Failure);
                return;
            }
            report.Ran += cases.Count;
            foreach (var generated in cases)
            {
                var dotNet = outcome.DotNet!.GetValueOrDefault(generated.Seed);
                var javaScript = outcome.JavaScript!.GetValueOrDefault(generated.Seed);
                if (dotNet == javaScript) continue;
                if (Fuzzing.DotNetBugs.ExplainDifference(dotNet ?? "", javaScript ?? "")) report.DotNetBugs++;
                else report.Timed("minimise", () => Confirm(generated, report));
            }
            return;
        }
    }

    /// <summary>A batch that crashed the compiler or Jint: its halves are run apart, down to the one case that does.</summary>
    private void Split(List<GeneratedCase> cases, FuzzReport report, string failure)
    {
        if (cases.Count == 1)
        {
            var minimised = Minimise(cases[0]);
            var (source, _) = ProgramGenerator.Render(new[] { minimised });
            report.Divergences.Add(new Divergence(cases[0].Seed, "crash", source, "", failure + "\n"));
            return;
        }
        var half = cases.Count / 2;
        RunBatch(cases.Take(half).ToList(), report);
        RunBatch(cases.Skip(half).ToList(), report);
    }

    /// <summary>A case that diverged in its batch: run alone (a case never depends on another), then minimised.</summary>
    private Divergence Confirm(GeneratedCase generated, FuzzReport report)
    {
        if (Check(generated) is not { } alone)
        {
            var (source, _) = ProgramGenerator.Render(new[] { generated });
            var lone = new Divergence(generated.Seed, "only in its batch", source, "", "");
            report.Divergences.Add(lone);
            return lone;
        }
        var minimised = Minimise(generated);
        var result = Check(minimised) ?? alone;
        var (text, _) = ProgramGenerator.Render(new[] { minimised });
        var divergence = new Divergence(generated.Seed, "output", text, result.DotNet, result.JavaScript);
        report.Divergences.Add(divergence);
        _log($"divergence in case {generated.Seed}");
        return divergence;
    }

    /// <summary>The case alone: its two outputs when they differ (or the compiler or Jint fails), else null.</summary>
    public (string DotNet, string JavaScript)? Check(GeneratedCase generated)
    {
        var (source, _) = ProgramGenerator.Render(new[] { generated });
        var compilation = TestCompilation.Create(("Fuzz.cs", source));
        CompileResult compiled;
        try
        {
            compiled = _compile(compilation);
        }
        catch (Exception exception)
        {
            return ("", $"the compiler threw {exception.GetType().Name}: {exception.Message}\n");
        }
        // Not valid C# (a minimising step that dropped a declaration still used) or refused: no divergence to show.
        var errors = compiled.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.FirstOrDefault(d => d.Id.StartsWith("GAS9", StringComparison.Ordinal)) is { } internalError) return ("", DiagnosticPrinter.Format(internalError) + "\n");
        if (errors.Count > 0) return null;
        var outcome = Execute(compilation, compiled, null);
        if (outcome.Failure is not null) return ("", outcome.Failure + "\n");
        var dotNet = outcome.DotNet!.GetValueOrDefault(generated.Seed) ?? "";
        var javaScript = outcome.JavaScript!.GetValueOrDefault(generated.Seed) ?? "";
        return dotNet == javaScript || Fuzzing.DotNetBugs.ExplainDifference(dotNet, javaScript) ? null : (dotNet, javaScript);
    }

    /// <summary>Drops snippets, then declarations, one at a time, keeping each drop after which the case still diverges.</summary>
    private GeneratedCase Minimise(GeneratedCase generated)
    {
        var current = generated;
        for (var i = current.Snippets.Count - 1; i >= 0; i--)
        {
            var candidate = current.WithoutSnippet(i);
            if (Check(candidate) is not null) current = candidate;
        }
        for (var i = current.Declarations.Count - 1; i >= 0; i--)
        {
            var candidate = current.WithoutDeclaration(i);
            if (Check(candidate) is not null) current = candidate;
        }
        return current;
    }

    private static Outcome Execute(Compilation compilation, CompileResult compiled, FuzzReport? report)
    {
        T Timed<T>(string phase, Func<T> action) => report is null ? action() : report.Timed(phase, action);
        var dotNet = ProgramGenerator.Split(Timed("run .net", () => DotNetRunner.Run(compilation)));
        string javaScript;
        try
        {
            javaScript = Timed("run jint", () => JintRunner.Run(compiled.Files));
        }
        catch (Exception exception)
        {
            // A statement-count or recursion limit, an error of Jint itself, or a script that throws while it loads
            // (Main catches whatever a case throws).
            return new Outcome(dotNet, null, $"Jint failed: {exception.GetType().Name}: {exception.Message}");
        }
        return new Outcome(dotNet, ProgramGenerator.Split(javaScript), null);
    }

    private static CaseRegion? FindCase(IReadOnlyList<CaseRegion> regions, Diagnostic diagnostic)
    {
        if (!diagnostic.Location.IsInSource) return null;
        var position = diagnostic.Location.SourceSpan.Start;
        return regions.FirstOrDefault(r => r.Start <= position && position < r.End);
    }

    private static CaseRegion CaseAt(IReadOnlyList<CaseRegion> regions, Diagnostic diagnostic) =>
        FindCase(regions, diagnostic) ?? throw new InvalidOperationException($"A diagnostic outside every case, a bug of the fuzzer's program frame: {diagnostic}");

    private static List<GeneratedCase> Without(List<GeneratedCase> cases, IEnumerable<long> seeds)
    {
        var dropped = seeds.ToHashSet();
        return cases.Where(c => !dropped.Contains(c.Seed)).ToList();
    }
}

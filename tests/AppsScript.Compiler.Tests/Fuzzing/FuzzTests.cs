using System;
using System.IO;
using Xunit;
using Xunit.Abstractions;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// The differential fuzzer: random well-typed programs over the subset run on .NET and, compiled, under Jint,
/// and must print the same or be refused with a GAS error. CI runs <see cref="CiCases"/> cases from seed 1;
/// the environment widens or narrows the run (README, "The differential fuzzer"): FUZZ_CASES (how many),
/// FUZZ_START (first seed), FUZZ_CASE (one case alone, its program printed), FUZZ_BATCH (cases compiled
/// together), FUZZ_REPORT (a file for the report).
/// </summary>
public sealed class FuzzTests
{
    /// <summary>At least 2,000 cases, in about a minute on the project's shared 2-core machine.</summary>
    public const int CiCases = 2000;

    /// <summary>Cases per compilation: large enough that Roslyn's fixed cost is spread, small enough that a refusal recompiles little.</summary>
    private const int DefaultBatchSize = 100;

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Generated_programs_print_the_same_on_dotnet_and_apps_script()
    {
        var batchSize = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_BATCH"), out var batch) ? batch : DefaultBatchSize;
        var oracle = new FuzzOracle(batchSize, _output.WriteLine);
        FuzzReport report;
        if (long.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASE"), out var only))
        {
            var (source, _) = ProgramGenerator.Render(new[] { GeneratedCase.Generate(only) });
            _output.WriteLine(source);
            report = oracle.Run(only, 1);
        }
        else
        {
            var start = long.TryParse(Environment.GetEnvironmentVariable("FUZZ_START"), out var first) ? first : 1;
            var count = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), out var cases) ? cases : CiCases;
            report = oracle.Run(start, count);
        }
        _output.WriteLine(report.Describe());
        if (Environment.GetEnvironmentVariable("FUZZ_REPORT") is { Length: > 0 } path) File.WriteAllText(path, report.Describe());
        Assert.True(report.GeneratorBugs.Count == 0 && report.Divergences.Count == 0, report.Describe());
    }
}

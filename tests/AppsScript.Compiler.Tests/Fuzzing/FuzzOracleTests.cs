using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Replacements;
using Xunit;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>The fuzzer's own checks: a seed names one program, and the oracle tells divergences, refusals and generator bugs apart.</summary>
public sealed class FuzzOracleTests
{
    private static GeneratedCase Case(long seed, params string[] snippets) =>
        new(seed, new List<string>(), snippets.Select(s => (IReadOnlyList<string>)new[] { s }).ToList());

    [Fact]
    public void A_seed_generates_the_same_case_every_time()
    {
        var first = GeneratedCase.Generate(4242);
        var again = GeneratedCase.Generate(4242);
        Assert.Equal(first.Declarations, again.Declarations);
        Assert.Equal(first.Snippets.Select(s => string.Join("\n", s)), again.Snippets.Select(s => string.Join("\n", s)));
        Assert.NotEqual(string.Join("\n", GeneratedCase.Generate(4243).Snippets.SelectMany(s => s)), string.Join("\n", first.Snippets.SelectMany(s => s)));
    }

    [Fact]
    public void A_divergence_is_found_alone_and_minimised_to_the_statement_that_shows_it()
    {
        // Math.Abs(int) planted off by one: the compiler under test now diverges where a case uses it.
        var table = ReplacementTable.CreateDefaultWithout("M:System.Math.Abs(System.Int32)");
        table.Add("M:System.Math.Abs(System.Int32)", call => new JsBinary("+", new JsCall(new JsMember(new JsIdentifier("Math"), "abs"), new[] { call.Arg(0) }), new JsNumberLiteral(1)));
        var oracle = new FuzzOracle(10, _ => { }, compilation => AppsScriptCompiler.Compile(compilation, null, table));
        var report = oracle.Run(new[]
        {
            Case(1, "Console.WriteLine(\"same\");"),
            Case(2, "var x = -5;", "Console.WriteLine(\"before\");", "Console.WriteLine(Math.Abs(x));", "Console.WriteLine(x * 2);"),
        });
        var divergence = Assert.Single(report.Divergences);
        Assert.Equal(2, divergence.Seed);
        Assert.Equal("5\n", divergence.DotNet);
        Assert.Equal("6\n", divergence.JavaScript);
        Assert.Contains("Math.Abs(x)", divergence.Source);
        Assert.DoesNotContain("before", divergence.Source);
        Assert.DoesNotContain("x * 2", divergence.Source);
        Assert.Equal(2, report.Ran);
    }

    [Fact]
    public void A_refused_case_is_counted_by_its_code_and_the_rest_of_its_batch_still_runs()
    {
        var report = new FuzzOracle(10, _ => { }).Run(new[]
        {
            Case(1, "var money = 1.5m;", "Console.WriteLine(money > 1);"),
            Case(2, "Console.WriteLine(2);"),
        });
        Assert.Equal(1, report.Refused);
        Assert.Equal(1, report.RefusedByCode["GAS1019"]);
        Assert.Equal(1, report.Ran);
        Assert.Empty(report.Divergences);
    }

    [Fact]
    public void A_double_that_dotnet_misprints_is_a_dotnet_bug_not_a_divergence()
    {
        // 2^-25: .NET 10 prints 2.980232238769531E-08, which reads back as the double below (dotnet/runtime#131131).
        var report = new FuzzOracle(10, _ => { }).Run(new[] { Case(1, "double tiny = 1.0 / 33554432;", "Console.WriteLine(tiny + \" \" + (-tiny));") });
        Assert.Empty(report.Divergences);
        Assert.Equal(1, report.Ran);
        Assert.True(DotNetBugs.ExplainDifference("2.980232238769531E-08 x", "2.9802322387695312E-08 x"));
        Assert.False(DotNetBugs.ExplainDifference("2.980232238769531E-08 x", "2.9802322387695312E-08 y"));
        Assert.False(DotNetBugs.ExplainDifference("0.30000000000000004", "0.3"));
    }

    [Fact]
    public void A_case_that_is_not_valid_csharp_is_a_generator_bug_not_a_refusal()
    {
        var report = new FuzzOracle(10, _ => { }).Run(new[] { Case(7, "int x = \"text\";"), Case(8, "Console.WriteLine(8);") });
        Assert.Contains("case 7 is not valid C#", Assert.Single(report.GeneratorBugs));
        Assert.Equal(0, report.Refused);
        Assert.Equal(1, report.Ran);
    }
}

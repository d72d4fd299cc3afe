using System.Collections.Generic;
using System.IO;
using System.Linq;
using AppsScript.Compiler.Tests.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Build;

/// <summary>
/// The command line as a person runs it: `dotnet run --project transpiler/AppsScript.Compiler.Cli -- &lt;csproj&gt;
/// --out &lt;dir&gt;`. Exit code 0 when it wrote the output, 1 on C# or subset errors (each printed
/// `path(line,col): error CODE: message`), 2 on a usage error.
/// </summary>
[Collection(ChildDotnetCollection.Name)]
public sealed class CliTests
{
    private readonly TemporaryProjects _projects;

    public CliTests(TemporaryProjects projects)
    {
        _projects = projects;
    }

    private static ProcessResult Cli(params string[] arguments) =>
        TemporaryProjects.Dotnet(Repository.Root, new[] { "run", "--project", Repository.PathOf("transpiler", "AppsScript.Compiler.Cli"), "--" }.Concat(arguments).ToArray());

    [Fact]
    public void A_valid_project_compiles_to_one_file_per_source_with_code_and_exit_code_0()
    {
        var project = _projects.Write("CliValid", TemporaryProjects.ValidSources, withBuildIntegration: false);
        var output = Path.Combine(_projects.Root, "CliValid-out");

        var run = Cli(project, "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new[] { "Alpha.js", "Code.js", "Zeta.js" }, Directory.GetFiles(output).Select(Path.GetFileName).Order(System.StringComparer.Ordinal));
        Assert.Contains($"gas-compile: 3 file(s) in {output} (3 changed); load order Code.js, Zeta.js, Alpha.js.", run.Output);
    }

    [Fact]
    public void A_project_with_AppsScriptFile_items_compiles_to_the_scripts_they_name()
    {
        var project = _projects.Write("CliLayout", TemporaryProjects.LayoutSources, withBuildIntegration: false, TemporaryProjects.LayoutItems);
        var output = Path.Combine(_projects.Root, "CliLayout-out");

        var run = Cli(project, "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"gas-compile: 3 file(s) in {output} (3 changed); load order Code.js, Pets.js, Helpers.js.", run.Output);
    }

    [Fact]
    public void Subset_violations_and_csharp_errors_print_located_errors_and_exit_with_1()
    {
        var sources = new Dictionary<string, string>
        {
            ["Code.cs"] = TemporaryProjects.LockViolation,
        };
        var violation = _projects.Write("CliViolation", sources, withBuildIntegration: false);
        var broken = _projects.Write("CliBroken", new Dictionary<string, string> { ["Broken.cs"] = "public static class Broken\n{\n    public static int Answer() => \"forty-two\";\n}\n" }, withBuildIntegration: false);
        var output = Path.Combine(_projects.Root, "CliErrors-out");

        var subset = Cli(violation, "--out", output);
        var csharp = Cli(broken, "--out", output);

        Assert.True(subset.ExitCode == 1, subset.ToString());
        Assert.Contains($"{Path.Combine(Path.GetDirectoryName(violation)!, "Code.cs")}(9,9): error GAS1006: ", subset.Output);
        Assert.True(csharp.ExitCode == 1, csharp.ToString());
        Assert.Contains($"{Path.Combine(Path.GetDirectoryName(broken)!, "Broken.cs")}(3,35): error CS0029: ", csharp.Output);
        Assert.Contains("gas-compile: 1 error(s); nothing was written.", csharp.Output);
        Assert.False(Directory.Exists(output), "A failed compilation must write nothing.");
    }

    [Fact]
    public void Every_error_of_every_file_is_printed_in_one_run_in_file_line_column_order()
    {
        var project = _projects.Write("CliAllErrors", AllErrorsProject.Sources, withBuildIntegration: false);
        var folder = Path.GetDirectoryName(project)!;
        var output = Path.Combine(_projects.Root, "CliAllErrors-out");

        var run = Cli(project, "--out", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        var printed = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(": error ")).ToList();
        var expected = AllErrorsProject.Errors.Select(e => $"{Path.Combine(folder, e.Path)}({e.Line},{e.Column}): error {e.Code}: ").ToList();
        Assert.True(printed.Count == expected.Count && printed.Zip(expected).All(p => p.First.StartsWith(p.Second, System.StringComparison.Ordinal)),
            "expected, in this order:\n" + string.Join("\n", expected) + "\n" + run);
        Assert.Contains($"gas-compile: {expected.Count} error(s); nothing was written.", run.Output);
        Assert.False(Directory.Exists(output), "A failed compilation must write nothing.");
    }

    [Fact]
    public void Usage_errors_exit_with_2_and_help_describes_every_option()
    {
        var valid = _projects.Write("CliUsage", TemporaryProjects.ValidSources, withBuildIntegration: false);
        var unused = Path.Combine(_projects.Root, "CliUsage-out");
        var usageErrors = new Dictionary<string, ProcessResult>
        {
            ["NoSuchProject.csproj does not exist"] = Cli(Path.Combine(_projects.Root, "NoSuchProject.csproj"), "--out", unused),
            ["give the project (.csproj) to compile, or --inputs"] = Cli("--out", unused),
            ["Option '--out' is required"] = Cli(valid),
            ["File does not exist: '" + Path.Combine(_projects.Root, "missing.json") + "'"] = Cli(valid, "--out", unused, "--manifest", Path.Combine(_projects.Root, "missing.json")),
        };
        var help = Cli("--help");

        foreach (var (message, run) in usageErrors)
        {
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains(message, run.Output);
        }
        Assert.False(Directory.Exists(unused), "A usage error must write nothing.");
        Assert.True(help.ExitCode == 0, help.ToString());
        foreach (var option in new[] { "<project>", "--out", "--manifest", "--clasp-json", "--inputs", "--server", "--watch", "--push", "--shutdown-servers" }) Assert.Contains(option, help.Output);
    }
}

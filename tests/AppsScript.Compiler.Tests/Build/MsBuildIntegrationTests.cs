using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using AppsScript.Compiler.Tests.Diagnostics;
using Xunit;

namespace AppsScript.Compiler.Tests.Build;

/// <summary>
/// `dotnet build` of a project that imports AppsScript.Compiler.targets runs the compiler after the C# build:
/// it writes dist/ with the manifest and the push order, skips the compiler when nothing changed, and turns
/// the compiler's diagnostics into MSBuild errors at their file, line and column.
/// </summary>
[Collection(ChildDotnetCollection.Name)]
public sealed class MsBuildIntegrationTests
{
    private readonly TemporaryProjects _projects;

    public MsBuildIntegrationTests(TemporaryProjects projects)
    {
        _projects = projects;
    }

    [Fact]
    public void Building_a_valid_project_writes_dist_with_the_manifest_and_the_push_order()
    {
        var (folder, build) = _projects.ValidBuild;

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("gas-compile: 3 file(s)", build.Output);
        var dist = Path.Combine(folder, "dist");
        Assert.Equal(new[] { "Alpha.js", "Code.js", "Zeta.js", "appsscript.json" }, SortedFiles(dist));
        Assert.Contains("function hello(name) {", File.ReadAllText(Path.Combine(dist, "Code.js")));
        Assert.Contains("class Dog extends Animal {", File.ReadAllText(Path.Combine(dist, "Alpha.js")));
        Assert.Equal(TemporaryProjects.Manifest, File.ReadAllText(Path.Combine(dist, "appsscript.json")));
        var pushOrder = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, ".clasp.json")))!["filePushOrder"]!.AsArray();
        Assert.Equal(new[] { "dist/Code.js", "dist/Zeta.js", "dist/Alpha.js" }, pushOrder.Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void The_compiler_runs_again_only_when_an_input_changed()
    {
        var (folder, first) = _projects.ValidBuild;
        var code = Path.Combine(folder, "dist", "Code.js");
        Assert.True(first.ExitCode == 0, first.ToString());
        var firstWrite = File.GetLastWriteTimeUtc(code);

        var unchanged = TemporaryProjects.Dotnet(folder, "build");
        Assert.True(unchanged.ExitCode == 0, unchanged.ToString());
        Assert.DoesNotContain("gas-compile:", unchanged.Output);
        Assert.Equal(firstWrite, File.GetLastWriteTimeUtc(code));

        var zeta = Path.Combine(folder, "Zeta.cs");
        File.WriteAllText(zeta, File.ReadAllText(zeta).Replace("\"Hello, \"", "\"Hi, \""));
        var changed = TemporaryProjects.Dotnet(folder, "build");
        Assert.True(changed.ExitCode == 0, changed.ToString());
        Assert.Contains("gas-compile: 3 file(s)", changed.Output);
        Assert.Contains("return \"Hi, \" + (this.name ?? \"\");", File.ReadAllText(Path.Combine(folder, "dist", "Zeta.js")));
        Assert.Equal(firstWrite, File.GetLastWriteTimeUtc(code));
    }

    [Fact]
    public void The_project_s_AppsScriptFile_items_choose_the_scripts_and_their_push_order()
    {
        var project = _projects.Write("Layout", TemporaryProjects.LayoutSources, withBuildIntegration: true, TemporaryProjects.LayoutItems);
        var folder = Path.GetDirectoryName(project)!;

        var build = TemporaryProjects.Dotnet(folder, "build");

        Assert.True(build.ExitCode == 0, build.ToString());
        var dist = Path.Combine(folder, "dist");
        Assert.Equal(new[] { "Code.js", "Helpers.js", "Pets.js", "appsscript.json" }, SortedFiles(dist));
        var pets = File.ReadAllText(Path.Combine(dist, "Pets.js"));
        Assert.True(pets.IndexOf("class Animal {") < pets.IndexOf("class Dog extends Animal {"), pets);
        Assert.Contains("static shout(text) {", File.ReadAllText(Path.Combine(dist, "Helpers.js")));
        var pushOrder = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, ".clasp.json")))!["filePushOrder"]!.AsArray();
        Assert.Equal(new[] { "dist/Code.js", "dist/Pets.js", "dist/Helpers.js" }, pushOrder.Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void A_subset_violation_fails_every_build_with_the_compiler_error_at_its_location()
    {
        var project = _projects.Write("Invalid", new Dictionary<string, string> { ["Code.cs"] = TemporaryProjects.LockViolation }, withBuildIntegration: true);
        var folder = Path.GetDirectoryName(project)!;

        var build = TemporaryProjects.Dotnet(folder, "build");
        var again = TemporaryProjects.Dotnet(folder, "build");

        foreach (var run in new[] { build, again })
        {
            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains($"{Path.Combine(folder, "Code.cs")}(9,9): error GAS1006:", run.Output);
        }
        Assert.False(Directory.Exists(Path.Combine(folder, "dist")), "A failed compilation must write nothing.");
    }

    [Fact]
    public void A_build_shows_every_error_of_every_file_at_its_location()
    {
        var project = _projects.Write("AllErrors", AllErrorsProject.Sources, withBuildIntegration: true);
        var folder = Path.GetDirectoryName(project)!;

        var build = TemporaryProjects.Dotnet(folder, "build");

        Assert.NotEqual(0, build.ExitCode);
        foreach (var (path, line, column, code) in AllErrorsProject.Errors)
        {
            Assert.Contains($"{Path.Combine(folder, path)}({line},{column}): error {code}:", build.Output);
        }
        Assert.Contains($"{AllErrorsProject.Errors.Count} Error(s)", build.Output);
        Assert.False(Directory.Exists(Path.Combine(folder, "dist")), "A failed compilation must write nothing.");
    }

    [Fact]
    public void The_analyzer_loads_in_the_SDK_s_csc_and_reports_what_the_compile_step_reports()
    {
        var project = _projects.Write("AllErrorsAnalyzed", AllErrorsProject.Sources, withBuildIntegration: true);
        var folder = Path.GetDirectoryName(project)!;

        // The editor's analyzer, put into the build: its errors stop csc, so every GAS error below is the analyzer's.
        var build = TemporaryProjects.Dotnet(folder, "build", "-p:AppsScriptAnalyzerInBuild=true");

        Assert.NotEqual(0, build.ExitCode);
        Assert.DoesNotContain("gas-compile:", build.Output);
        foreach (var (path, line, column, code) in AllErrorsProject.Errors)
        {
            Assert.Contains($"{Path.Combine(folder, path)}({line},{column}): error {code}:", build.Output);
        }
        Assert.Contains($"{AllErrorsProject.Errors.Count} Error(s)", build.Output);
    }

    private static string[] SortedFiles(string folder) =>
        Directory.GetFiles(folder).Select(Path.GetFileName).Order(System.StringComparer.Ordinal).ToArray()!;
}

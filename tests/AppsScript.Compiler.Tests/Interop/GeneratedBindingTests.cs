using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AppsScript.Compiler.Semantics;
using AppsScript.Compiler.Tests.Infrastructure;
using AppsScript.Interop.Generator;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AppsScript.Compiler.Tests.Interop;

/// <summary>
/// The bindings generated from @types/google-apps-script (transpiler/AppsScript.Interop/Generated): they are what the
/// committed typings give, and a program per major service compiles with our compiler into JavaScript that passes
/// `tsc --checkJs` against those typings (the emulator tests run the same programs).
/// </summary>
public sealed class GeneratedBindingTests
{
    public static TheoryData<string> ServicePrograms() => new(Directory.EnumerateFiles(ProgramsFolder, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static string ProgramsFolder => Path.Combine(AppContext.BaseDirectory, "Interop", "Programs", "Services");

    [Fact]
    public void The_committed_bindings_equal_a_fresh_generation()
    {
        var generation = Generation.Run(Repository.PathOf("node_modules", "@types", "google-apps-script"));
        var differences = generation.Compare(Repository.PathOf("transpiler", "AppsScript.Interop", "Generated"));
        Assert.True(differences.Count == 0,
            "The committed bindings differ from a fresh generation; run `dotnet cake --target=Bindings`:\n" + string.Join("\n", differences.Take(10)));
    }

    [Theory]
    [MemberData(nameof(ServicePrograms))]
    public void A_service_program_compiles_to_JavaScript_the_typings_accept(string program)
    {
        var compilation = TestCompilation.Create((program, File.ReadAllText(Path.Combine(ProgramsFolder, program))));
        var result = CompilerHarness.CompileOrFail(compilation);
        CompilerHarness.DumpIfRequested(program, result);
        var semantics = new ScriptSemantics(compilation, new List<Diagnostic>());
        var files = new JsDocTypes(new Dictionary<string, string>()).Annotate(result.Files, compilation.GetTypeByMetadataName("Program")!, semantics.MemberName);
        var check = TypeScriptCheck.Run(files);
        Assert.True(check.ExitCode == 0 && check.Output.Trim().Length == 0, "tsc --checkJs reported:\n" + check + "\n" + string.Join("\n", result.Files.Select(f => f.Text)));
    }

    [Fact]
    public void Overloads_of_one_typings_method_call_the_one_JavaScript_method_and_host_enums_their_global()
    {
        var compilation = TestCompilation.Create(("SpreadsheetApp.cs", File.ReadAllText(Path.Combine(ProgramsFolder, "SpreadsheetApp.cs"))));
        var script = string.Join("\n", CompilerHarness.CompileOrFail(compilation).Files.Select(f => f.Text));
        Assert.Contains("range.setBorder(true, true, true, true, false, false);", script);
        Assert.Contains("range.setBorder(true, null, true, null, false, false, \"#ff0000\", SpreadsheetApp.BorderStyle.DOTTED);", script);
    }

    [Fact]
    public void Plain_data_of_an_Advanced_Service_is_an_object_literal_of_the_members_set_and_its_collections_keep_their_names()
    {
        var compilation = TestCompilation.Create(("Tasks.cs", File.ReadAllText(Path.Combine(ProgramsFolder, "Tasks.cs"))));
        var script = string.Join("\n", CompilerHarness.CompileOrFail(compilation).Files.Select(f => f.Text));
        Assert.Contains("Tasks.Tasklists.list().items", script);
        Assert.Contains("Tasks.Tasks.insert({ title: title, notes: \"from SpotifySync\" }, ", script);
    }
}

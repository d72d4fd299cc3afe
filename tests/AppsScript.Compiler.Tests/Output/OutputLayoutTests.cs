using System;
using System.IO;
using System.Linq;
using AppsScript.Compiler.Output;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Output;

/// <summary>
/// A project chooses its script files (AppsScriptFile items): each type goes into the first file that names its
/// source path or its namespace, the files come in the order the project lists them unless loading needs another,
/// and inside a file each declaration follows what its load-time code needs.
/// </summary>
public sealed class OutputLayoutTests
{
    private const string Usings = "using System; using AppsScript.Interop;\n";
    private static readonly string Project = Path.Combine(Path.GetTempPath(), "layout-project");

    private static OutputFileRule Rule(string name, string sources = "", string namespaces = "") =>
        new(name, sources.Split(';', StringSplitOptions.RemoveEmptyEntries), namespaces.Split(';', StringSplitOptions.RemoveEmptyEntries));

    private static CompileResult Compile(OutputFileRule[] rules, params (string Path, string Text)[] files)
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(files.Select(f => (Path.Combine(Project, f.Path), f.Text)).ToArray()), new CompilerOptions(Project, rules));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static readonly (string, string)[] Sources =
    {
        ("Code.cs", Usings + "[GlobalFunctions] public static class Code { public static void Main() => Console.WriteLine(Api.Client.Name + \" \" + Store.Read() + \" \" + Sync.Engine.Run()); }"),
        ("Api/Client.cs", Usings + "namespace Api { public static class Client { public static readonly string Name = \"client\"; } }"),
        ("State/Store.cs", Usings + "public static class Store { public static string Read() => \"stored\"; }"),
        ("Sync/Engine.cs", Usings + "namespace Sync { public static class Engine { public static string Run() => \"ran\"; } }"),
    };

    [Fact]
    public void Types_go_into_the_first_file_naming_their_folder_file_or_namespace_in_the_listed_order()
    {
        var result = Compile(new[]
        {
            Rule("Code.js", "Code.cs"),
            Rule("Setup.js", "State/*.cs;Api/Client.cs"),
            Rule("Client.js", namespaces: "Api"),
            Rule("Rest.js", "**"),
        }, Sources);

        Assert.Equal(new[] { "Code.js", "Setup.js", "Rest.js" }, result.Files.Select(f => f.Path));
        Assert.True(result.PushOrderMatters);
        var setup = result.Files.Single(f => f.Path == "Setup.js").Text;
        Assert.Contains("class Client", setup);
        Assert.Contains("class Store", setup);
        Assert.StartsWith("// Compiled by the SpotifySync Apps Script compiler from these C# sources; edit them, not this file:\n//   State/Store.cs\n//   Api/Client.cs\n", setup.Replace("Api/Client.cs\n//   State/Store.cs", "State/Store.cs\n//   Api/Client.cs"));
        Assert.Contains("class Engine", result.Files.Single(f => f.Path == "Rest.js").Text);
        Assert.Equal("client stored ran\n", JintRunner.Run(result.Files));
    }

    [Fact]
    public void A_namespace_takes_its_nested_namespaces_and_a_trailing_slash_a_whole_folder()
    {
        var result = Compile(new[] { Rule("Code.js", "Code.cs"), Rule("Engine.js", namespaces: "Sync"), Rule("Rest.js", "Api/;State/") }, Sources
            .Append(("Sync/Deep/Worker.cs", Usings + "namespace Sync.Deep { public static class Worker { public static int Id() => 7; } }")).ToArray());

        Assert.Equal(new[] { "Code.js", "Engine.js", "Rest.js" }, result.Files.Select(f => f.Path));
        Assert.False(result.Files.Single(f => f.Path == "Engine.js").Text.Contains("class Worker"), "Worker is reached by nothing, so it is not emitted");
    }

    [Fact]
    public void Without_rules_each_source_file_is_the_script_of_the_same_path()
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(Sources.Select(f => (Path.Combine(Project, f.Item1), f.Item2)).ToArray()), new CompilerOptions(Project));

        Assert.Equal(new[] { "Api/Client.js", "Code.js", "State/Store.js", "Sync/Engine.js" }, result.Files.Select(f => f.Path));
    }

    [Fact]
    public void Inside_one_file_a_static_initialiser_comes_after_the_class_it_reads_wherever_the_source_declares_it()
    {
        var result = Compile(new[] { Rule("Code.js", "**") },
            ("Code.cs", Usings + """
                public static class A { public static readonly string Url = B.Base + "/v1"; }
                public class Derived : Base { }
                public class Base { public string Name => "base"; }
                public static class B { public static readonly string Base = "https://api"; }
                [GlobalFunctions] public static class Program { public static void Main() => Console.WriteLine(A.Url + " " + new Derived().Name); }
                """));

        var code = result.Files.Single().Text;
        Assert.True(code.IndexOf("class B ") < code.IndexOf("class A "), code);
        Assert.True(code.IndexOf("class Base ") < code.IndexOf("class Derived "), code);
        Assert.Equal("https://api/v1 base\n", JintRunner.Run(result.Files));
    }
}

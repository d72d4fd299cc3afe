using System.IO;
using System.Linq;
using AppsScript.Compiler.Output;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Output;

/// <summary>
/// Apps Script runs every file's top level in push order, so a file that extends or statically uses
/// another file's class must be pushed after it; otherwise files keep clasp's alphabetical order.
/// </summary>
public sealed class LoadOrderTests
{
    private const string Usings = "using System; using AppsScript.Interop;\n";

    [Fact]
    public void A_file_whose_class_extends_a_class_in_another_file_is_pushed_after_it()
    {
        var result = CompilerHarness.CompileOrFail(TestCompilation.Create(
            ("Alpha.cs", Usings + "public class Derived : Zeta { public override string Name() => \"derived\"; }"),
            ("Zeta.cs", Usings + "public class Zeta { public virtual string Name() => \"base\"; }"),
            ("Main.cs", Usings + "[GlobalFunctions] public static class Program { public static void Main() => Console.WriteLine(new Derived().Name()); }")));
        Assert.Equal(new[] { "Main.js", "Zeta.js", "Alpha.js" }, result.Files.Select(f => f.Path));
        Assert.True(result.PushOrderMatters);
        Assert.Equal("derived\n", JintRunner.Run(result.Files));
    }

    [Fact]
    public void A_static_initialiser_that_reaches_another_file_through_calls_orders_the_files()
    {
        var result = CompilerHarness.CompileOrFail(TestCompilation.Create(
            ("A.cs", Usings + "public static class Settings { public static readonly string Greeting = Texts.Make(\"hi\"); }"),
            ("B.cs", Usings + "public static class Texts { public static string Make(string s) => Upper.Of(s) + \"!\"; }"),
            ("C.cs", Usings + "public static class Upper { public static readonly string Suffix = \"?\"; public static string Of(string s) => s + Suffix; }"),
            ("Main.cs", Usings + "[GlobalFunctions] public static class Program { public static void Main() => Console.WriteLine(Settings.Greeting); }")));
        var order = result.Files.Select(f => f.Path).ToList();
        Assert.True(order.IndexOf("C.js") < order.IndexOf("A.js") && order.IndexOf("B.js") < order.IndexOf("A.js"), string.Join(", ", order));
        Assert.Equal("hi?!\n", JintRunner.Run(result.Files));
    }

    [Fact]
    public void A_static_initialiser_that_runs_a_static_constructor_orders_the_files_its_body_needs()
    {
        var result = CompilerHarness.CompileOrFail(TestCompilation.Create(
            ("A.cs", Usings + "public static class Settings { public static readonly string Greeting = Texts.Greeting; }"),
            ("B.cs", Usings + "public static class Texts { public static readonly string Greeting; static Texts() { Greeting = \"hi\" + Upper.Suffix; } }"),
            ("C.cs", Usings + "public static class Upper { public static readonly string Suffix = \"?\"; }"),
            ("Main.cs", Usings + "[GlobalFunctions] public static class Program { public static void Main() => Console.WriteLine(Settings.Greeting); }")));
        var order = result.Files.Select(f => f.Path).ToList();
        Assert.True(order.IndexOf("C.js") < order.IndexOf("A.js") && order.IndexOf("B.js") < order.IndexOf("A.js"), string.Join(", ", order));
        Assert.Equal("hi?\n", JintRunner.Run(result.Files));
    }

    [Fact]
    public void Files_that_only_use_each_other_inside_functions_keep_alphabetical_order()
    {
        var result = CompilerHarness.CompileOrFail(TestCompilation.Create(
            ("B.cs", Usings + "public class Bee { public string Buzz() => new Ant().Walk() + \" buzz\"; }"),
            ("A.cs", Usings + "public class Ant { public string Walk() => \"walk\"; }"),
            ("Main.cs", Usings + "[GlobalFunctions] public static class Program { public static void Main() => Console.WriteLine(new Bee().Buzz()); }")));
        Assert.Equal(new[] { "A.js", "B.js", "Main.js" }, result.Files.Select(f => f.Path));
        Assert.False(result.PushOrderMatters);
    }

    [Fact]
    public void A_helper_is_emitted_once_in_the_first_file_that_needs_it()
    {
        var result = CompilerHarness.CompileOrFail(TestCompilation.Create(
            ("A.cs", Usings + "public static class Half { public static int Of(int a, int b) => a / b; }"),
            ("B.cs", Usings + "public static class Third { public static int Of(int a, int b) => a / b / 3; }"),
            ("Main.cs", Usings + "[GlobalFunctions] public static class Program { public static void Main() => Console.WriteLine(Half.Of(7, 2) + Third.Of(9, 1)); }")));
        var declaring = result.Files.Where(f => f.Text.Contains("function intDiv_(")).Select(f => f.Path).ToList();
        Assert.Equal(new[] { "A.js" }, declaring);
        Assert.Contains("intDiv_(", result.Files.Single(f => f.Path == "B.js").Text);
        Assert.Equal("6\n", JintRunner.Run(result.Files));
    }

    [Fact]
    public void A_file_with_only_plain_data_and_interfaces_emits_nothing()
    {
        var result = CompilerHarness.CompileOrFail(TestCompilation.Create(
            ("Data.cs", Usings + "public record Track(string Id, string Name); public interface INamed { string Name { get; } }"),
            ("Main.cs", Usings + "[GlobalFunctions] public static class Program { public static void Main() => Console.WriteLine(new Track(\"1\", \"x\").Name); }")));
        Assert.Equal(new[] { "Main.js" }, result.Files.Select(f => f.Path));
    }

    [Fact]
    public void Output_paths_mirror_the_project_folders()
    {
        var project = Path.Combine(Path.GetTempPath(), "project");
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(
            (Path.Combine(project, "AppsScript", "Http.cs"), Usings + "public static class Http { public static int Code() => 200; }"),
            (Path.Combine(project, "Code.cs"), Usings + "[GlobalFunctions] public static class Program { public static int Main() => Http.Code(); }")),
            new CompilerOptions(project));
        Assert.Equal(new[] { "AppsScript/Http.js", "Code.js" }, result.Files.Select(f => f.Path));
    }
}

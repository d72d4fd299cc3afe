using System;
using System.IO;
using System.Linq;
using AppsScript.Compiler.Output;
using AppsScript.Compiler.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Xunit;

namespace AppsScript.Compiler.Tests.Output;

/// <summary>Writing dist/: what clasp will push must be exactly the compilation, in the order it needs.</summary>
public sealed class DistWriterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dist-writer").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Dist => Path.Combine(_root, "dist");

    private string ClaspJson => Path.Combine(_root, ".clasp.json");

    private static CompileResult Compile(params (string Path, string Text)[] files) => CompilerHarness.CompileOrFail(TestCompilation.Create(files));

    private static readonly (string, string) Main = ("Main.cs", "using System; using AppsScript.Interop; [GlobalFunctions] public static class Program { public static void Main() => Console.WriteLine(new Derived().Name()); }");
    private static readonly (string, string) Derived = ("Alpha.cs", "public class Derived : Zeta { public override string Name() => \"derived\"; }");
    private static readonly (string, string) Base = ("Zeta.cs", "public class Zeta { public virtual string Name() => \"base\"; }");

    [Fact]
    public void Writes_the_scripts_and_the_manifest_and_removes_scripts_of_deleted_sources()
    {
        Directory.CreateDirectory(Path.Combine(Dist, "old"));
        File.WriteAllText(Path.Combine(Dist, "Removed.js"), "function removed() {}");
        File.WriteAllText(Path.Combine(Dist, "old", "Legacy.gs"), "function legacy() {}");
        File.WriteAllText(Path.Combine(Dist, "notes.txt"), "kept: not a script");
        var manifest = Path.Combine(_root, "appsscript.json");
        File.WriteAllText(manifest, "{\"runtimeVersion\": \"V8\"}");
        DistWriter.Write(Compile(Main, Derived, Base), Dist, manifest, null);
        var files = Directory.EnumerateFiles(Dist, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(Dist, p)).OrderBy(p => p).ToList();
        Assert.Equal(new[] { "Alpha.js", "Main.js", "Zeta.js", "appsscript.json", "notes.txt" }, files);
        Assert.Equal("{\"runtimeVersion\": \"V8\"}", File.ReadAllText(Path.Combine(Dist, "appsscript.json")));
    }

    [Fact]
    public void Rewrites_only_files_whose_text_changed()
    {
        var result = Compile(Main, Derived, Base);
        Assert.Equal(3, DistWriter.Write(result, Dist, null, null).Count);
        Assert.Empty(DistWriter.Write(result, Dist, null, null));
    }

    [Fact]
    public void Keeps_clasp_file_push_order_in_step_with_the_load_order_and_the_rest_of_clasp_json()
    {
        File.WriteAllText(ClaspJson, "{\"scriptId\": \"abc\", \"rootDir\": \"dist\"}");
        DistWriter.Write(Compile(Main, Derived, Base), Dist, null, ClaspJson);
        var settings = JObject.Parse(File.ReadAllText(ClaspJson));
        Assert.Equal("abc", (string?)settings["scriptId"]);
        Assert.Equal(new[] { "dist/Main.js", "dist/Zeta.js", "dist/Alpha.js" }, settings["filePushOrder"]!.Select(t => (string)t!));

        DistWriter.Write(Compile(Main, ("Alpha.cs", "public class Derived { public string Name() => \"plain\"; }")), Dist, null, ClaspJson);
        settings = JObject.Parse(File.ReadAllText(ClaspJson));
        Assert.Null(settings["filePushOrder"]);
        Assert.Equal("dist", (string?)settings["rootDir"]);
    }
}

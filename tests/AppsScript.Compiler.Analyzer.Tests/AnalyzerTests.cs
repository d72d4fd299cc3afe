using System.Threading.Tasks;
using AppsScript.Compiler.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AppsScript.Compiler.Analyzer.Tests;

/// <summary>
/// What the editor shows, through Microsoft's analyzer test harness: a refusal of each stage of the compiler
/// (Validate, Semantics, Lower, Link) with its exact code, message and span, and nothing for code the compiler takes.
/// </summary>
public sealed class AnalyzerTests
{
    private const string Usings = "using System; using AppsScript.Interop;\n";

    [Fact]
    public Task Validate_refuses_goto_and_its_label() => Verify(
        ("Code.cs", Usings + "public static class C { public static void Run() { goto done; done: return; } }"),
        Error("GAS1007", "Code.cs", (2, 52), (2, 56), "goto, goto case and labeled statements are not supported"),
        Error("GAS1007", "Code.cs", (2, 63), (2, 67), "goto, goto case and labeled statements are not supported"));

    [Fact]
    public Task Semantics_refuses_overloaded_entry_points() => Verify(
        ("Code.cs", Usings + "[GlobalFunctions] public static class C { public static void Log() { } public static void Log(string text) { } }"),
        Error("GAS1010", "Code.cs", (2, 91), (2, 94),
            "'C.Log(string)' and its overload 'C.Log()' would both be named 'log' in JavaScript: Apps Script calls an entry point by its name, "
            + "so entry points are never renamed; rename one, make one non-public or give one [Name(\"...\")]"));

    [Fact]
    public Task Lowering_refuses_a_local_time() => Verify(
        ("Code.cs", Usings + "[GlobalFunctions] public static class C { public static string Run() => DateTime.Now.ToString(\"o\"); }"),
        Error("GAS2003", "Code.cs", (2, 73), (2, 85),
            "'DateTime.Now' depends on the machine's culture or time zone, which differs in Apps Script: use DateTime.UtcNow"));

    [Fact]
    public Task Linking_refuses_a_type_the_layout_places_nowhere() => Verify(
        new[]
        {
            ("Code.cs", Usings + "[GlobalFunctions] public static class G { public static int Run() => Numbers.One(); }"),
            ("Numbers.cs", Usings + "public static class Numbers { public static int One() => 1; }"),
        },
        "project=/project/App.csproj\noutput=Code.js|Code.cs|",
        Error("GAS4008", "Numbers.cs", (2, 21), (2, 28),
            "'Numbers' (Numbers.cs) is in none of the project's AppsScriptFile items: name its source file, folder or namespace in one"));

    [Fact]
    public Task Linking_refuses_a_load_order_cycle() => Verify(
        new[]
        {
            ("Code.cs", Usings + "[GlobalFunctions] public static class G { public static int Run() => A.X; }\npublic class A { public static readonly int X = B.Y + 1; }"),
            ("B.cs", Usings + "public class B { public static readonly int Y = A.X + 1; }"),
        },
        null,
        Error("GAS4005", "B.cs", (2, 14), (2, 15),
            "the types B (B.js), A (Code.js) need each other at load time (a base class or a static initialiser), so no load order works"));

    [Fact]
    public Task Code_the_compiler_takes_gets_no_diagnostic() => Verify(
        ("Code.cs", Usings + "[GlobalFunctions] public static class G { public static string Run(int n) => $\"{n} of {n * 2}\"; }"));

    [Fact]
    public Task Code_with_CSharp_errors_gets_only_those() => Verify(
        ("Code.cs", Usings + "public static class C { public static void Run() { goto done; done: return Missing(); } }"),
        DiagnosticResult.CompilerError("CS0103").WithSpan("Code.cs", 2, 76, 2, 83).WithArguments("Missing"));

    private static DiagnosticResult Error(string code, string path, (int Line, int Column) start, (int Line, int Column) end, string message) =>
        new DiagnosticResult(code, DiagnosticSeverity.Error).WithSpan(path, start.Line, start.Column, end.Line, end.Column).WithMessage(message);

    private static Task Verify((string Path, string Text) source, params DiagnosticResult[] expected) =>
        Verify(new[] { source }, null, expected);

    private static async Task Verify((string Path, string Text)[] sources, string? layout, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<AppsScriptAnalyzer, DefaultVerifier>
        {
            // The references of the compiler's own tests, from the running .NET: nothing to download.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(TestCompilation.References.Value);
        foreach (var source in sources) test.TestState.Sources.Add(source);
        if (layout is not null) test.TestState.AdditionalFiles.Add(("/project/obj/" + AppsScriptAnalyzer.LayoutFileName, layout));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}

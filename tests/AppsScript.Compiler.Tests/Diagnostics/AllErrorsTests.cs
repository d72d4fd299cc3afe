using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// All errors in one build: a refused construct hides no other error of the project. Every stage runs whatever the
/// stages before it found, and the errors come once each, in file, line and column order.
/// </summary>
public sealed class AllErrorsTests
{
    [Fact]
    public void One_compilation_reports_every_refused_construct_of_every_file_at_its_location()
    {
        var compilation = TestCompilation.Create(AllErrorsProject.Sources.Select(f => (f.Key, f.Value)).ToArray());

        var result = AppsScriptCompiler.Compile(compilation);

        var reported = result.Diagnostics.Select(DiagnosticPrinter.Format).ToList();
        var expected = AllErrorsProject.Errors.Select(e => $"{e.Path}({e.Line},{e.Column}): error {e.Code}: ").ToList();
        Assert.True(reported.Count == expected.Count && reported.Zip(expected).All(p => p.First.StartsWith(p.Second, System.StringComparison.Ordinal)),
            "expected, in this order:\n" + string.Join("\n", expected) + "\ngot:\n" + string.Join("\n", reported));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void The_files_of_the_project_are_reported_in_path_order_whatever_order_the_compilation_holds_them_in()
    {
        var sources = AllErrorsProject.Sources.Select(f => (f.Key, f.Value)).ToArray();
        var forward = AppsScriptCompiler.Compile(TestCompilation.Create(sources)).Diagnostics.Select(DiagnosticPrinter.Format);
        var backward = AppsScriptCompiler.Compile(TestCompilation.Create(sources.Reverse().ToArray())).Diagnostics.Select(DiagnosticPrinter.Format);

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void A_construct_two_stages_refuse_is_reported_once()
    {
        // The Validate stage refuses an enumerator's yield, and it and lowering both refuse goto, labels and lock; the names refuse `new` members again.
        var source = """
            using System.Collections.Generic;
            public class Base { public void M() { } }
            public class Derived : Base { public new void M() { } }
            public static class C
            {
                private static readonly List<int> Gate = new List<int>();
                public static System.Collections.IEnumerator Numbers() { yield return 1; yield return 2; }
                public static void Jump() { goto done; done: return; }
                public static void Locked() { lock (Gate) { } }
            }
            """;

        var result = AppsScriptCompiler.Compile(TestCompilation.Create(source));

        var codes = result.Diagnostics.Select(d => d.Id).ToList();
        Assert.Equal(new[] { "GAS1022", "GAS1003", "GAS1003", "GAS1007", "GAS1007", "GAS1006" }, codes);
    }

    [Fact]
    public void CSharp_errors_still_stop_the_compiler_before_its_own_stages()
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create("public struct S { } public static class C { public static int Run() => \"x\"; }"));

        Assert.Equal(new[] { "CS0029" }, result.Diagnostics.Select(d => d.Id));
    }
}

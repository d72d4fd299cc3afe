using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// What stays refused of iterators: one returning an enumerator, a non-generic sequence or an async sequence
/// (GAS1003, at each yield), and a library member with no lazy lowering reading a sequence that may be an
/// iterator's (GAS1033, at the call), where running it eagerly would move the iterator's side effects. A sequence
/// whose origin the code shows to be an array stays eager and accepted. <c>/*@*/</c> marks where the diagnostic must start.
/// </summary>
public sealed class IteratorDiagnosticTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Linq;\n";

    private const string Iterator = "static IEnumerable<int> N() { Console.WriteLine(\"n\"); yield return 2; yield return 1; } ";

    public static IEnumerable<object[]> Refused() => new (string Code, string Source, string Message)[]
    {
        ("GAS1003", "public static class C { public static IEnumerator<int> Run() { /*@*/yield return 1; } }", "'System.Collections.Generic.IEnumerator<int>'"),
        ("GAS1003", "public static class C { public static System.Collections.IEnumerable Run() { /*@*/yield return 1; } }", "'System.Collections.IEnumerable'"),
        ("GAS1003", "public static class C { public static async IAsyncEnumerable<int> Run() { await System.Threading.Tasks.Task.Yield(); /*@*/yield return 1; } }", "an async iterator"),
        ("GAS1003", "public static class C { public static void Run() { IEnumerator<int> Local() { /*@*/yield return 1; } Local(); } }", "'System.Collections.Generic.IEnumerator<int>'"),
        ("GAS1033", "public static class C { " + Iterator + "public static List<int> Run() => /*@*/N().OrderBy(n => n).ToList(); }", "'Enumerable.OrderBy'"),
        ("GAS1033", "public static class C { " + Iterator + "public static int[] Run() => /*@*/N().Reverse().ToArray(); }", "'Enumerable.Reverse'"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() => /*@*/N().Distinct().Count(); }", "'Enumerable.Distinct'"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() => /*@*/N().Single(); }", "'Enumerable.Single'"),
        ("GAS1033", "public static class C { " + Iterator + "static int Sum(IEnumerable<int> given) => /*@*/given.Aggregate((a, b) => a + b); public static int Run() => Sum(new[] { 1 }) + Sum(N()); }", "'Enumerable.Aggregate'"),
        ("GAS1033", "public static class C { " + Iterator + "public static bool Run() => /*@*/N().SequenceEqual(new[] { 2, 1 }); }", "'Enumerable.SequenceEqual'"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() => /*@*/N().GroupBy(n => n % 2).Count(); }", "'Enumerable.GroupBy'"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() { var q = N().Select(n => n * 2); return /*@*/q.ElementAt(1); } }", "over another LINQ operator's sequence"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() => /*@*/N().Take(1).Prepend(5).ElementAt(3); }", "over another LINQ operator's sequence"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() => /*@*/N().Concat(new[] { 4, 3 }).Last(); }", "over another LINQ operator's sequence"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() => /*@*/N().Take(-1).SkipWhile(n => n > 5).ElementAtOrDefault(3); }", "over another LINQ operator's sequence"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() => /*@*/N().Take(2).Select(n => n + 1).Skip(3).Count(); }", "merged with the Take"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() => /*@*/N().Skip(1).Take(2).Select(n => -n).First(); }", "before .NET calls the selector"),
        ("GAS1033", "public static class C { " + Iterator + "public static bool Run() => /*@*/N().Take(2).Select(n => -n).Any(); }", "before .NET calls the selector"),
        ("GAS1033", "public static class C { " + Iterator + "public static bool Run() { var q = N().Append(8).Select(n => n * 2); return /*@*/q.Any(); } }", "before .NET calls the selector"),
        ("GAS1033", "public static class C { " + Iterator + "public static bool Run() { var q = N().Select(n => n * 2).Skip(1).Concat(new[] { 0 }); return /*@*/q.Any(); } }", "without calling the selector for the elements skipped"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() => /*@*/N().Select(n => n * 2).Skip(1).Take(3).First(); }", "without calling the selector for the elements skipped"),
        ("GAS1033", "public class P { public override string ToString() { Console.WriteLine(\"p\"); return \"p\"; } } public static class C { static IEnumerable<P> Ps() { yield return new P(); } public static string Run() => /*@*/string.Join(\",\", Ps()); }", "whose ToString may run"),
        ("GAS1033", "public class P : IComparable<P> { public int CompareTo(P? other) { Console.WriteLine(\"compare\"); return 0; } } public static class C { static IEnumerable<P> Ps() { yield return new P(); } public static P Run() => /*@*/Ps().Max()!; }", "whose comparison may run"),
        ("GAS1033", "public static class C { " + Iterator + "public static string Run() => /*@*/Newtonsoft.Json.JsonConvert.SerializeObject(N()); }", "'JsonConvert.SerializeObject'"),
    }.Select(c => new object[] { c.Code, c.Source, c.Message });

    [Theory]
    [MemberData(nameof(Refused))]
    public void Is_refused_where_it_is_written(string code, string source, string message)
    {
        MarkedSource.AssertReportedOnceAt(code, Usings + source, message, nowhereElse: true);
    }

    [Fact]
    public void Sequences_the_code_shows_are_arrays_stay_eager_in_a_program_with_iterators()
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(Usings
            + "[AppsScript.Interop.GlobalFunctions] public static class Code { " + Iterator
            + "public static string Run() { var list = new List<int> { 3, 1 }; var evens = list.Where(n => n > 0); "
            + "IEnumerable<int> array = new[] { 5 }; return string.Join(\",\", evens.OrderBy(n => n).Concat(array.Reverse()).Distinct()) + N().First(); } }"));
        Assert.Empty(result.Diagnostics.Select(DiagnosticPrinter.Format));
    }

    [Fact]
    public void A_program_without_iterators_keeps_its_eager_linq()
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(Usings
            + "[AppsScript.Interop.GlobalFunctions] public static class Code { public static int Run(IEnumerable<int> given) => given.Where(n => n > 1).OrderBy(n => n).First(); }"));
        Assert.Empty(result.Diagnostics.Select(DiagnosticPrinter.Format));
        var code = string.Join("\n", result.Files.Select(f => f.Text));
        Assert.Contains("given.filter(", code, StringComparison.Ordinal);
        Assert.DoesNotContain("iterable_", code, StringComparison.Ordinal);
    }
}

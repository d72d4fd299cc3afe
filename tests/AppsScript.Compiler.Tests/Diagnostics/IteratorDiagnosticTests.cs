using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// What stays refused of iterators and enumerators: an iterator returning a non-generic sequence or enumerator or an
/// async sequence (GAS1003, at each yield), an explicit implementation of the generic GetEnumerator or Current
/// (GAS1015), the non-generic interfaces' members (GAS2001), foreach over a class without IEnumerable&lt;T&gt; and a
/// class implementing ICollection&lt;T&gt; or IList&lt;T&gt;, which .NET's LINQ reads without enumerating (GAS1001), and a library member with no lazy lowering reading a sequence that may be an
/// iterator's (GAS1033, at the call), where running it eagerly would move the iterator's side effects. A sequence
/// whose origin the code shows to be an array stays eager and accepted. <c>/*@*/</c> marks where the diagnostic must start.
/// </summary>
public sealed class IteratorDiagnosticTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Linq;\n";

    private const string Shelf = "public class Shelf : IReadOnlyList<int> { public int this[int index] => index; public int Count => 1; "
        + "public IEnumerator<int> GetEnumerator() { yield return 0; } System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator(); } ";

    private const string Iterator = "static IEnumerable<int> N() { Console.WriteLine(\"n\"); yield return 2; yield return 1; } ";

    public static IEnumerable<object[]> Refused() => new (string Code, string Source, string Message)[]
    {
        ("GAS1003", "public static class C { public static System.Collections.IEnumerator Run() { /*@*/yield return 1; } }", "'System.Collections.IEnumerator'"),
        ("GAS1003", "public static class C { public static System.Collections.IEnumerable Run() { /*@*/yield return 1; } }", "'System.Collections.IEnumerable'"),
        ("GAS1003", "public static class C { public static async IAsyncEnumerable<int> Run() { await System.Threading.Tasks.Task.Yield(); /*@*/yield return 1; } }", "an async iterator"),
        ("GAS1003", "public static class C { public static void Run() { System.Collections.IEnumerator Local() { /*@*/yield return 1; } Local(); } }", "'System.Collections.IEnumerator'"),
        ("GAS1015", "public class Bag : IEnumerable<int> { IEnumerator<int> IEnumerable<int>./*@*/GetEnumerator() { yield return 1; } System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => null!; }", "'GetEnumerator'"),
        ("GAS1015", "public class Steps : IEnumerator<int> { public bool MoveNext() => false; int IEnumerator<int>./*@*/Current => 0; object System.Collections.IEnumerator.Current => 0; public void Reset() { } public void Dispose() { } }", "'Current'"),
        ("GAS1001", "public class Bag { public List<int>.Enumerator GetEnumerator() => new List<int>().GetEnumerator(); } public static class C { public static void Run() { foreach (var n in /*@*/new Bag()) { } } }", "foreach over 'Bag'"),
        ("GAS1001", "public class Bag : System.Collections.IEnumerable { System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => null!; } public static class C { public static void Run() { foreach (var n in /*@*/new Bag()) { } } }", "foreach over 'Bag'"),
        ("GAS1001", "public abstract class Box : /*@*/ICollection<int> { public abstract IEnumerator<int> GetEnumerator(); System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator(); "
            + "public abstract int Count { get; } public bool IsReadOnly => true; public abstract void Add(int item); public abstract void Clear(); public abstract bool Contains(int item); public abstract void CopyTo(int[] array, int index); public abstract bool Remove(int item); }", "'System.Collections.Generic.ICollection<int>'"),
        ("GAS1001", "public abstract class Row : System.IDisposable, /*@*/IList<string> { public abstract IEnumerator<string> GetEnumerator(); System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator(); "
            + "public abstract int Count { get; } public bool IsReadOnly => true; public abstract void Add(string item); public abstract void Clear(); public abstract bool Contains(string item); public abstract void CopyTo(string[] array, int index); public abstract bool Remove(string item); "
            + "public abstract string this[int index] { get; set; } public abstract int IndexOf(string item); public abstract void Insert(int index, string item); public abstract void RemoveAt(int index); public void Dispose() { } }", "'System.Collections.Generic.IList<string>'"),
        ("GAS1001", Shelf + "public static class C { public static int Run(IReadOnlyList<int> items) => /*@*/items.Count; }", "'IReadOnlyCollection<T>.Count' through the interface"),
        ("GAS1001", Shelf + "public static class C { public static int Run(IReadOnlyList<int> items) => /*@*/items[0]; }", "'IReadOnlyList<T>.this[]' through the interface"),
        ("GAS2001", "public static class C { public static System.Collections.IEnumerator Run(List<int> list) => /*@*/((System.Collections.IEnumerable)list).GetEnumerator(); }", "IEnumerable.GetEnumerator"),
        ("GAS2001", "public static class C { public static void Run(IEnumerator<int> e) => /*@*/e.Reset(); }", "IEnumerator.Reset"),
        ("GAS1033", "public class Bag : IEnumerable<int> { public IEnumerator<int> GetEnumerator() { yield return 1; } System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator(); } "
            + "public static class C { public static int Run() => /*@*/new Bag().OrderBy(n => n).First(); }", "'Enumerable.OrderBy'"),
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
        ("GAS1033", "public static class C { " + Iterator + "public static bool Run() => /*@*/N().Skip(-1).Select(n => -n).Take(2).Any(); }", "before .NET calls the selector"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() => /*@*/new int[0].Concat(N().Take(3).Select(n => -n)).Append(1).First(); }", "before .NET calls the selector"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() => /*@*/N().Select(n => n * 2).Skip(1).Take(3).First(); }", "without calling the selector for the elements skipped"),
        ("GAS1033", "public class P { public override string ToString() { Console.WriteLine(\"p\"); return \"p\"; } } public static class C { static IEnumerable<P> Ps() { yield return new P(); } public static string Run() => /*@*/string.Join(\",\", Ps()); }", "whose ToString may run"),
        ("GAS1033", "public class P : IComparable<P> { public int CompareTo(P? other) { Console.WriteLine(\"compare\"); return 0; } } public static class C { static IEnumerable<P> Ps() { yield return new P(); } public static P Run() => /*@*/Ps().Max()!; }", "whose comparison may run"),
        ("GAS1033", "public static class C { " + Iterator + "public static string Run() => /*@*/Newtonsoft.Json.JsonConvert.SerializeObject(N()); }", "'JsonConvert.SerializeObject'"),
        ("GAS1033", "public static class C { " + Iterator + "static IEnumerable<int> _kept = new[] { 1 }; static void Keep() => _kept = N(); public static int Run() { Keep(); return /*@*/_kept.Distinct().Count(); } }", "'Enumerable.Distinct'"),
        ("GAS1033", "public static class C { " + Iterator + "static IEnumerable<int> Pass(IEnumerable<int> s) => s; public static int[] Run() => /*@*/Pass(N()).Reverse().ToArray(); }", "'Enumerable.Reverse'"),
        ("GAS1033", "public static class C { " + Iterator + "static IEnumerable<int> Pick(bool b) { if (b) return new List<int>(); return N(); } public static int Run() => /*@*/Pick(true).Single(); }", "'Enumerable.Single'"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() { Func<IEnumerable<int>> make = () => N(); return /*@*/make().OrderBy(n => n).First(); } }", "'Enumerable.OrderBy'"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() { Func<IEnumerable<int>, int> f = s => s.Max(n => n % 2 == 0 ? n : -n) + /*@*/s.GroupBy(n => n).Count(); return f(N()); } }", "'Enumerable.GroupBy'"),
        ("GAS1033", "public class D { public IEnumerable<int> Items { get; set; } = new List<int>(); } public static class C { " + Iterator + "public static int Run() { var d = new D { Items = N() }; return /*@*/d.Items.Distinct().Count(); } }", "'Enumerable.Distinct'"),
        ("GAS1033", "public abstract class S { public abstract IEnumerable<int> Values(); } public sealed class L : S { public override IEnumerable<int> Values() => new List<int>(); } public sealed class I : S { public override IEnumerable<int> Values() { yield return 1; } } public static class C { public static int Run(bool b) { S s = b ? new L() : new I(); return /*@*/s.Values().Reverse().First(); } }", "'Enumerable.Reverse'"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() { var all = new List<IEnumerable<int>> { new[] { 1 }, N() }; var total = 0; foreach (var s in all) total += /*@*/s.Distinct().Count(); return total; } }", "'Enumerable.Distinct'"),
        ("GAS1033", "public record R(string Name, IEnumerable<int> Values); public static class C { " + Iterator + "public static int Run() { var r = new R(\"a\", N()); return /*@*/r.Values.Reverse().First(); } }", "'Enumerable.Reverse'"),
        ("GAS1033", "public static class C { " + Iterator + "static T Call<T>(T x) { Func<T> f = () => x; return f(); } public static int Run() { var s = Call(N()); return /*@*/s.Distinct().Count(); } }", "'Enumerable.Distinct'"),
        ("GAS1033", "public static class C { " + Iterator + "public static int Run() { object o = N(); var s = (IEnumerable<int>)o; return /*@*/s.Distinct().Count(); } }", "'Enumerable.Distinct'"),
        ("GAS1033", "public static class C { " + Iterator + "static void Give(out IEnumerable<int> s) => s = N(); public static int Run() { Give(out var s); return /*@*/s.OrderBy(n => n).Last(); } }", "'Enumerable.OrderBy'"),
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
    public void Sequences_only_ever_given_lists_and_arrays_stay_eager_in_a_program_with_iterators()
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(Usings
            + "public record Album(string Title, IEnumerable<int> Lengths); public interface IShelf { IEnumerable<string> Titles(); } "
            + "public sealed class Shelf : IShelf { private readonly IEnumerable<string> _titles; public Shelf(IEnumerable<string> titles) => _titles = titles; public IEnumerable<string> Titles() => _titles; } "
            + "[AppsScript.Interop.GlobalFunctions] public static class Code { " + Iterator
            + "static string Sorted(IEnumerable<int> given) => string.Join(\",\", given.OrderBy(n => n).Distinct().Reverse()); "
            + "public static string Run(IEnumerable<int> fromAppsScript) { IShelf shelf = new Shelf(new List<string> { \"b\" }); var album = new Album(\"a\", new[] { 2, 1 }); "
            + "return Sorted(new List<int> { 3, 1 }) + Sorted(album.Lengths) + shelf.Titles().OrderBy(t => t).First() + fromAppsScript.GroupBy(n => n).Count() "
            + "+ Newtonsoft.Json.JsonConvert.SerializeObject(album) + N().Sum(); } }"));
        Assert.Empty(result.Diagnostics.Select(DiagnosticPrinter.Format));
        var code = string.Join("\n", result.Files.Select(f => f.Text));
        Assert.Contains("orderBy_(given, ", code, StringComparison.Ordinal);
        Assert.Contains("groupBy_(fromAppsScript, ", code, StringComparison.Ordinal);
        Assert.Contains("orderBy_(shelf.titles(), ", code, StringComparison.Ordinal);
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

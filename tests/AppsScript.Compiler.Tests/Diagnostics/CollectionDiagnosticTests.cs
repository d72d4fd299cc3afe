using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// The places where collections and LINQ refuse what JavaScript would get wrong: value-equal elements and keys
/// (Equals given a value of another type, GAS1026; a record holding a value typed object, a class with its own Equals but no GetHashCode, set operations and lookups whose calls of a class's own Equals JavaScript would not make as .NET does, GAS1028), dictionary keys of a type parameter (GAS2004), orders JavaScript does not have and
/// writes to tuples that are not local variables (GAS1001), OfType, Cast and type tests of boxed numbers, and of strings where a char is boxed, JavaScript cannot tell apart (GAS1016), a ThenBy cut off from its OrderBy (GAS2006), a comparer JavaScript would
/// drop (GAS2001, with or without an initialiser: any but the default equality and, for strings, Ordinal and OrdinalIgnoreCase). <c>/*@*/</c> marks where the
/// diagnostic must start.
/// </summary>
public sealed class CollectionDiagnosticTests
{
    private const string Prelude = """
        using System; using System.Collections.Generic; using System.Linq;
        public record R(int A); public record Loose(object Value); public class Holder { public (int, int) Pair; }
        public class Same { public override bool Equals(object? o) => true; public override int GetHashCode() => 0; }
        public class NoHash { public override bool Equals(object? o) => true; }
        public enum Kind { A, B }
        public class Loud : IEqualityComparer<string> { public bool Equals(string? a, string? b) => a == b; public int GetHashCode(string s) => 0; }
        public class Odd : IEqualityComparer<int> { public bool Equals(int a, int b) => a % 2 == b % 2; public int GetHashCode(int n) => n % 2; }
        public static class C
        {
            public static object Run(List<int> xs, List<R> rs, R r, List<(int, int)> pairs, Dictionary<string, int> map)
            {

        """;

    private const string Postlude = "\n        return 0;\n    }\n    private static IOrderedEnumerable<int> Sorted(List<int> xs) => xs.OrderBy(x => x);\n}\n";

    public static IEnumerable<object[]> Cases() => new (string Code, string Body)[]
    {
        ("GAS1028", "var d = /*@*/new List<Loose>().Distinct();"),
        ("GAS1028", "var g = /*@*/xs.GroupBy(x => new Loose(x));"),
        ("GAS1028", "var u = /*@*/new List<Loose>().Union(new List<Loose>());"),
        ("GAS1028", "var u = /*@*/new List<NoHash>().Except(new List<NoHash>());"),
        ("GAS1028", "var s = new HashSet<Same>(); /*@*/s.IntersectWith(new List<Same>());"),
        ("GAS1028", "var s = new HashSet<Same>(); var same = /*@*/s.SetEquals(new List<Same>());"),
        ("GAS1028", "var l = new List<Same>().ToLookup(x => x); var g = /*@*/l[new Same()];"),
        ("GAS1028", "var s = /*@*/new HashSet<NoHash> { new NoHash() };"),
        ("GAS1028", "var h = /*@*/new Loose(1).GetHashCode();"),
        ("GAS1026", "var q = /*@*/r.Equals((object)1);"),
        ("GAS2004", "var d = Keyed(xs); object Keyed<K>(List<K> keys) where K : notnull => /*@*/keys.ToDictionary(k => k);"),
        ("GAS2004", "var d = Keyed(Kind.A); object Keyed<K>(K key) where K : notnull => /*@*/new Dictionary<K, int> { [key] = 1 };"),
        ("GAS1028", "var d = /*@*/new Dictionary<NoHash, int>();"),
        ("GAS1028", "var d = /*@*/new Dictionary<Loose, int> { [new Loose(1)] = 1 };"),
        ("GAS1001", "var o = /*@*/rs.OrderBy(x => x);"),
        ("GAS1001", "/*@*/rs.Sort();"),
        ("GAS1001", "var m = /*@*/rs.Max();"),
        ("GAS1001", "var c = /*@*/Comparer<(string, int)>.Default;"),
        ("GAS1001", "var c = /*@*/Comparer<R>.Default;"),
        ("GAS1001", "var h = new Holder(); /*@*/h.Pair.Item1 = 5;"),
        ("GAS1001", "var t = (1, (2, 3)); /*@*/t.Item2.Item1++;"),
        ("GAS1001", "var h = new Holder(); (/*@*/h.Pair.Item1, var other) = (3, 4);"),
        ("GAS2006", "var l = /*@*/Sorted(xs).ThenBy(x => -x).ToList();"),
        ("GAS1016", "var ints = /*@*/new List<object> { 1, 2.5 }.OfType<int>();"),
        ("GAS1016", "var ints = /*@*/new List<object> { 1 }.Cast<int>();"),
        ("GAS3008", "var rs2 = /*@*/new List<object>().OfType<R>();"),
        ("GAS1016", "object o = 1; object d = 2.5; var b = /*@*/o is int;"),
        ("GAS1016", "object o = 1L; object i = 2; var n = o switch { /*@*/long l => l, _ => 0 };"),
        ("GAS1016", "object c = 'x'; object s = \"x\"; var b = /*@*/s is string;"),
        ("GAS1016", "object s = \"x\"; var t = /*@*/s as string; var all = new List<object> { 'y' };"),
        ("GAS1016", "object s = 'x'; var n = s switch { /*@*/string t => t.Length, _ => 0 };"),
        ("GAS1016", "var texts = /*@*/new List<object> { 'x', \"y\" }.OfType<string>();"),
        ("GAS1016", "object s = 'x'; var t = /*@*/(string)s;"),
        ("GAS1016", "var texts = /*@*/new List<object> { 'x' }.Cast<string>().ToList();"),
        ("GAS2001", "var h = /*@*/new Dictionary<string, string>(new Loud()) { [\"Content-Type\"] = \"json\" };"),
        ("GAS2001", "var h = /*@*/new HashSet<string>((IEqualityComparer<string>)new Loud()) { \"Rock\" };"),
        ("GAS2001", "var h = /*@*/new Dictionary<int, string>((IEqualityComparer<int>)new Odd());"),
        ("GAS2001", "var h = /*@*/new HashSet<string>(xs.Select(x => x.ToString()), StringComparer.InvariantCultureIgnoreCase);"),
    }.Select(c => new object[] { c.Code, c.Body });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_reported_where_the_collection_is_used(string code, string body)
    {
        MarkedSource.AssertReportedAt(code, Prelude + body + Postlude);
    }
}

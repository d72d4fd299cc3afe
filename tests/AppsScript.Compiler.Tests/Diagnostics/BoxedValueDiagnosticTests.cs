using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// A record, tuple or anonymous value seen as object, an interface or a type parameter prints by its members in
/// .NET, which the compiled value does not keep: its string where the type is not known is GAS1021 in a program
/// that lets such a value be seen so (naming where). Searching values of those static types is GAS1026, and hashing
/// them GAS1028, in a program that lets a value .NET compares by value be seen so. <c>/*@*/</c> marks where the diagnostic must start.
/// </summary>
public sealed class BoxedValueDiagnosticTests
{
    private const string Prelude = """
        using System; using System.Collections.Generic; using System.Linq;
        public record Track(string Id);
        public static class C
        {

        """;

    public static IEnumerable<object[]> Cases() => new (string Code, string Members)[]
    {
        ("GAS1021", "public static string Run() { object o = new Track(\"t1\"); return /*@*/o.ToString()!; }"),
        ("GAS1021", "public static string Run() { object o = (1, \"a\"); return $\"{/*@*/o}\"; }"),
        ("GAS1021", "public static string Run() { object o = new { A = 1 }; return \"is \" + /*@*/o; }"),
        ("GAS1021", "public static string Run() { var all = new List<object> { new Track(\"t1\") }; return string.Join(\",\", /*@*/all); }"),
        ("GAS1021", "static string Show<T>(T x) => /*@*/x!.ToString()!; public static string Run() => Show(new Track(\"t1\"));"),
        ("GAS1021", "static string Show<T>(T x) => $\"{/*@*/x}\"; public static string Run() => Show((1, 2));"),
        ("GAS1021", "public static string Run() { IEquatable<Track> e = new Track(\"t1\"); return $\"{/*@*/e}\"; }"),
        ("GAS1021", "public static string Run() { IEnumerable<object> all = new List<Track> { new Track(\"t1\") }; return string.Join(\",\", /*@*/all); }"),
        ("GAS1021", "public static string Run() { object[] all = new[] { new { A = 1 } }; return $\"{/*@*/all[0]}\"; }"),
        ("GAS1021", "public static string Run() { var all = new List<Track> { new Track(\"t1\") }.Cast<object>().ToList(); return $\"{/*@*/all[0]}\"; }"),
        ("GAS1021", "public static string Run() { var all = Enumerable.OfType<object>(new[] { new Track(\"t1\") }).ToList(); return $\"{/*@*/all[0]}\"; }"),
        ("GAS1021", "public static string Run() { var all = new List<object>(new List<Track> { new Track(\"t1\") }); return $\"{/*@*/all[0]}\"; }"),
        ("GAS1021", "public static string Run() { var all = new List<object>(); all.AddRange(new List<Track> { new Track(\"t1\") }); return $\"{/*@*/all[0]}\"; }"),
        ("GAS1021", "public static string Run() { IReadOnlyList<object> all = new List<Track> { new Track(\"t1\") }; return $\"{/*@*/all[0]}\"; }"),
        ("GAS1026", "public static bool Run() { var all = new[] { new Track(\"t1\") }.Cast<IEquatable<Track>>().ToList(); return /*@*/all.Contains(all[0]); }"),
        ("GAS1026", "public static bool Run() { var all = new List<object> { new Track(\"t1\") }; return /*@*/all.Contains(new Track(\"t1\")); }"),
        ("GAS1026", "public static int Run() { var all = new List<object> { (1, 2) }; return /*@*/all.IndexOf((1, 2)); }"),
        ("GAS1026", "static bool Has<T>(List<T> xs, T x) => /*@*/xs.Contains(x); public static bool Run() => Has(new List<Track>(), new Track(\"t1\"));"),
        ("GAS1028", "public static int Run() { var all = new List<object> { new { A = 1 } }; return /*@*/all.Distinct().Count(); }"),
        ("GAS1026", "public static bool Run() { object a = new Track(\"t1\"); object b = new Track(\"t1\"); return /*@*/a.Equals(b); }"),
        ("GAS1026", "public static bool Run() { object a = (1, 2); return /*@*/Equals(a, (1, 2)); }"),
    }.Select(c => new object[] { c.Code, c.Members });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_reported_where_the_type_is_not_known(string code, string members)
    {
        MarkedSource.AssertReportedAt(code, Prelude + members + "\n}\n");
    }
}

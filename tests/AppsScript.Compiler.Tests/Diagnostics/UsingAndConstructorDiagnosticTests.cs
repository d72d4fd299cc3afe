using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// What stays refused around <c>using</c> and constructors: a resource whose type has no Dispose in the script
/// (GAS1020), <c>await using</c> (GAS1002), several constructors over a .NET base class (GAS1011), a positional
/// record passing arguments to a base with several constructors (GAS1001); and that a refused construct hides no other error of the project.
/// </summary>
public sealed class UsingAndConstructorDiagnosticTests
{
    private const string Prelude = """
        using System; using System.Collections.Generic; using System.Linq; using System.IO; using System.Threading.Tasks;
        public class Resource : IDisposable { public void Dispose() { } }
        public static class C
        {
            public static void Run(StringReader reader, Resource resource)
            {

        """;

    private const string Postlude = "\n    }\n}\n";

    public static IEnumerable<object[]> Cases() => new (string Code, string Body)[]
    {
        ("GAS1011", "}\n    public class Base : InvalidOperationException { public Base(string m) : base(m) { } }\n    public class /*@*/Derived : Base { public Derived() : base(\"x\") { } public Derived(string m) : base(m) { } }\n    public static void M() {"),
        ("GAS1001", "}\n    public record Base(int X) { public Base() : this(0) { } }\n    /*@*/public record Derived(int Y) : Base(Y);\n    public static void M() { var d = new Derived(1);"),
        ("GAS1020", "using (/*@*/reader) { }"),
        ("GAS1020", "using var r = /*@*/new StringReader(\"\");"),
        ("GAS1020", "using (var r = /*@*/reader) Console.WriteLine(r.Peek());"),
        ("GAS1020", "using (Resource a = new Resource(), b = new Resource()) using (/*@*/reader) { }"),
        ("GAS1002", "/*@*/await using var r = new MemoryStream();"),
        ("GAS1002", "/*@*/await using (new MemoryStream()) { }"),
        ("GAS2003", "using (reader) { Console.WriteLine(/*@*/DateTime.Now); }"),
        ("GAS2003", "using var r = new StringReader(\"\"); Console.WriteLine(/*@*/DateTime.Now);"),
    }.Select(c => new object[] { c.Code, c.Body });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_reported_where_the_construct_is(string code, string body)
    {
        var source = Prelude + body + Postlude;
        // The validator stops at an async method: await using gets one of its own.
        if (code == "GAS1002") source = source.Replace("public static void Run(", "public static async Task Run(");
        MarkedSource.AssertReportedAt(code, source);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// The static constructors that stay refused (GAS1024), each with its reason at the constructor's name: in a generic
/// class or a class nested in one (.NET runs one per type argument), in an interface, in a [GlobalFunctions] class
/// (its fields load with the script). <c>/*@*/</c> marks where the diagnostic must start.
/// </summary>
public sealed class StaticConstructorDiagnosticTests
{
    public static IEnumerable<object[]> Cases() => new (string Source, string Reason)[]
    {
        ("public class Box<T> { public static int Count; static /*@*/Box() { Count = 1; } }", "once for each type argument"),
        ("public class Outer<T> { public class Inner { public static int Count; static /*@*/Inner() { Count = 1; } } }", "once for each type argument"),
        ("public interface IShape { static int Sides; static /*@*/IShape() { Sides = 4; } }", "interfaces are erased"),
        ("[AppsScript.Interop.GlobalFunctions] public static class Code { static int count; static /*@*/Code() { count = 1; } public static int Run() => count; }", "[GlobalFunctions]"),
    }.Select(c => new object[] { c.Source, c.Reason });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_refused_at_the_constructor_with_its_reason(string source, string reason)
    {
        MarkedSource.AssertReportedOnceAt("GAS1024", source, reason, nowhereElse: true);
    }

    [Fact]
    public void Is_accepted_in_a_class_with_static_data()
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(
            "public class Counter { public static int Value; static Counter() { Value = 1; } }\n"
            + "[AppsScript.Interop.GlobalFunctions] public static class Code { public static int Run() => Counter.Value; }"));
        Assert.Empty(result.Diagnostics.Select(DiagnosticPrinter.Format));
    }
}

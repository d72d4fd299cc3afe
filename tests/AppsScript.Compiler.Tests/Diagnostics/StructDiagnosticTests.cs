using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// The structs and struct uses that stay refused, each at the construct with its reason: GAS1008 for a struct with
/// no JavaScript object to copy (a ref struct, a generic struct, an explicit layout), GAS1005 for a fixed buffer,
/// GAS1012 for a reference returned to a struct element, GAS1026 for Equals of a boxed struct typed object.
/// </summary>
public sealed class StructDiagnosticTests
{
    private const string Point = "public struct Point { public int X; public void Move() => X++; }\n";

    public static IEnumerable<object[]> Cases() => new (string Code, string Source, string Reason)[]
    {
        ("GAS1008", "public ref struct /*@*/Span2 { public int Length; }", "ref struct"),
        ("GAS1008", "public struct /*@*/Pair<T> { public T First; public T Second; }", "generic struct"),
        ("GAS1008", "public readonly record struct /*@*/Wrapped<T>(T Value);", "generic struct"),
        ("GAS1008", "[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)] public struct /*@*/Raw { [System.Runtime.InteropServices.FieldOffset(0)] public int A; }", "memory layout"),
        ("GAS1005", "public /*@*/unsafe struct Buffer { public fixed byte Bytes[4]; }", "unsafe"),
        ("GAS1012", Point + "public static class C { public static /*@*/ref Point First(Point[] points) => ref points[0]; }", ""),
        ("GAS1026", Point + "public static class C { public static bool Run(Point p) { object boxed = p; return /*@*/boxed.Equals(p); } }", "Equals"),
    }.Select(c => new object[] { c.Code, c.Source, c.Reason });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_refused_at_the_construct(string code, string source, string reason)
    {
        MarkedSource.AssertReportedOnceAt(code, source, reason);
    }
}

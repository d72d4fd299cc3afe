using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// The user-defined operators that stay refused (GAS1009, GAS1030 for a lifted compound assignment), each where it
/// is declared or used, with its reason. <c>/*@*/</c> marks where the diagnostic must start.
/// </summary>
public sealed class OperatorDiagnosticTests
{
    private const string Money = "public class Money { public int C; public static Money operator +(Money a, Money b) => a; "
        + "public static implicit operator Money(int c) => new Money { C = c }; public static explicit operator int(Money m) => m.C; }\n";

    public static IEnumerable<object[]> Cases() => new (string Code, string Source, string Reason)[]
    {
        ("GAS1009", "public class M { public static bool operator /*@*/true(M a) => true; public static bool operator false(M a) => false; }", "true or false"),
        ("GAS1009", "public class M { public static M operator /*@*/++(M a) => a; }", "++ or --"),
        ("GAS1009", "public class M { public static M operator +(M a, M b) => a; public static M operator checked /*@*/+(M a, M b) => a; }", "checked"),
        ("GAS1009", "public interface IAdd<T> where T : IAdd<T> { static abstract T operator /*@*/+(T a, T b); }", "interface"),
        ("GAS1009", "public struct V { public static V operator +(V a, V b) => a; } public static class C { public static V? Run(V? a, V? b) => /*@*/a + b; }", "nullable"),
        ("GAS1009", Money + "public class W { public static implicit operator Money(W w) => 1; public static implicit operator W(Money m) => new W(); }"
            + " public static class C { public static W Run(W w) { /*@*/w += new Money(); return w; } }", "converting the value around"),
        ("GAS1030", Money + "public static class C { public static void Run() { Money? m = null; int? x = 1; /*@*/x += (int?)m; } }", ""),
    }.Select(c => new object[] { c.Code, c.Source, c.Reason });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_refused_where_it_is_declared_or_used(string code, string source, string reason)
    {
        MarkedSource.AssertReportedOnceAt(code, source, reason);
    }
}

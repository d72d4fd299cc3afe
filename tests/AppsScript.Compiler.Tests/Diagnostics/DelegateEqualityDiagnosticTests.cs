using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// Delegates compared by <c>==</c> or <c>!=</c> (GAS1001): .NET compares their targets and methods and their
/// invocation lists, so that two conversions of one method group are equal, and caches a lambda that captures
/// nothing, where JavaScript compares functions by reference. A comparison with null stays accepted.
/// <c>/*@*/</c> marks where the diagnostic must start.
/// </summary>
public sealed class DelegateEqualityDiagnosticTests
{
    private const string Prelude = "using System;\npublic class Listener { public void Handle() { } }\n";

    public static IEnumerable<object[]> Refused() => new[]
    {
        "public static class C { public static bool Run(Listener a) => /*@*/(Action)a.Handle == a.Handle; }",
        "public static class C { static void Tick() { } public static bool Run() { Action a = Tick; Action b = Tick; return /*@*/a != b; } }",
        "public static class C { public static bool Run() { Func<int> make() => () => 1; return /*@*/make() == make(); } }",
        "public static class C { public static bool Run(Action a, Action b) => /*@*/a + b == a + b; }",
    }.Select(source => new object[] { source });

    [Theory]
    [MemberData(nameof(Refused))]
    public void Is_refused_where_it_is_written(string source)
    {
        MarkedSource.AssertReportedOnceAt("GAS1001", Prelude + source, "comparing delegates", nowhereElse: true);
    }

    [Fact]
    public void A_comparison_with_null_is_accepted()
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(Prelude
            + "[AppsScript.Interop.GlobalFunctions] public static class Code { public static bool Run(Action given) => given != null && null != given; }"));
        Assert.Empty(result.Diagnostics.Select(DiagnosticPrinter.Format));
    }
}

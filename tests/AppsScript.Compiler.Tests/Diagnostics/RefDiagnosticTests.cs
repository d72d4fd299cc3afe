using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// What stays refused of ref, out and in: references that outlive a call (ref locals, returns and properties),
/// references a host function or a tuple cannot take, and entry points, which Apps Script calls with plain values.
/// </summary>
public sealed class RefDiagnosticTests
{
    private static void AssertReported(string code, string at, string body, string declarations = "") =>
        DatesJsonNullableDiagnosticsTests.AssertReported(code, at, body, declarations);

    [Fact]
    public void A_ref_local_is_GAS1012() =>
        AssertReported("GAS1012", "ref int", "var a = new[] { 1 }; ref int first = ref a[0]; first = 2;");

    [Fact]
    public void A_ref_return_is_GAS1012() =>
        AssertReported("GAS1012", "ref int", "", "public static class Cells { public static ref int First(int[] a) => ref a[0]; }");

    [Fact]
    public void A_ref_returning_local_function_is_GAS1012() =>
        AssertReported("GAS1012", "ref int", "var a = new[] { 1 }; ref int First() => ref a[0]; First() = 3;");

    [Fact]
    public void A_tuple_element_passed_by_reference_is_GAS1012() =>
        AssertReported("GAS1012", "t.Item1", "var t = (1, 2); Refs.Bump(ref t.Item1);", "public static class Refs { public static void Bump(ref int v) => v++; }");

    [Fact]
    public void A_ref_argument_to_a_host_object_is_GAS1012() =>
        AssertReported("GAS1012", "ref n", "var n = 1; Host.Fill(ref n);", "[External(\"Host\")] public static class Host { public static extern void Fill(ref int value); }");

    [Fact]
    public void A_conditional_reference_is_GAS1012() =>
        AssertReported("GAS1012", "flag ? ref a", "int a = 1, b = 2; var flag = a < b; Refs.Bump(ref flag ? ref a : ref b);", "public static class Refs { public static void Bump(ref int v) => v++; }");

    [Fact]
    public void An_out_parameter_of_an_entry_point_is_GAS4010() =>
        AssertReported("GAS4010", "out int count", "", "[GlobalFunctions] public static class Api { public static bool TryCount(string s, out int count) { count = s.Length; return true; } }");

    [Fact]
    public void A_ref_parameter_of_an_entry_point_is_GAS4010() =>
        AssertReported("GAS4010", "ref string text", "", "[GlobalFunctions] public static class Api { public static void Trim(ref string text) => text = text.Trim(); }");

    [Fact]
    public void An_in_parameter_of_an_entry_point_is_GAS4010() =>
        AssertReported("GAS4010", "in int n", "", "[GlobalFunctions] public static class Api { public static int Twice(in int n) => n * 2; }");
}

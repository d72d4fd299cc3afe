using System.Linq;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>All files share one global scope with the runtime helpers, so a program's top-level name may not take a helper's.</summary>
public sealed class TopLevelNameTests
{
    [Fact]
    public void A_private_global_function_named_like_a_helper_is_a_name_collision()
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(
            "using AppsScript.Interop; [GlobalFunctions] public static class Code { public static int Run() => IntDiv(7, 2); private static int IntDiv(int a, int b) => a / b; }"));
        var collision = Assert.Single(result.Diagnostics, d => d.Id == "GAS4002");
        Assert.Contains("'intDiv_'", collision.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("runtime helper", collision.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_enum_boxed_to_object_is_an_error_because_it_would_print_as_a_number()
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(
            "using AppsScript.Interop; public enum Mode { Full } [GlobalFunctions] public static class Code { public static object Run() => Mode.Full; }"));
        Assert.Contains(result.Diagnostics, d => d.Id == "GAS1001" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Mode"));
        Assert.False(result.Success);
        Assert.Empty(result.Files);
    }
}

using System.Linq;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>All files share one global scope with the runtime helpers, so a program's top-level name may not take a helper's.</summary>
public sealed class TopLevelNameTests
{
    [Fact]
    public void A_private_global_function_named_like_a_helper_is_numbered_and_both_work()
    {
        var result = CompilerHarness.CompileOrFail(TestCompilation.Create(
            "using System; using AppsScript.Interop; [GlobalFunctions] public static class Program { public static void Main() => Console.WriteLine(IntDiv(7, 2) + \" \" + 9 / Zero()); "
            + "private static int IntDiv(int a, int b) => a * 100 + b; private static int Zero() => 3; }"));
        var text = result.Files.Single().Text;
        Assert.Contains("function intDiv_2_(a, b)", text);
        Assert.Contains("function intDiv_(", text);
        Assert.Equal("702 3\n", JintRunner.Run(result.Files));
    }

    [Fact]
    public void A_class_named_like_a_helper_class_is_a_name_collision()
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(
            "public class KeyNotFoundException : System.Exception { public KeyNotFoundException() : base(\"x\") { } }"));
        var collision = Assert.Single(result.Diagnostics, d => d.Id == "GAS4002");
        Assert.Contains("runtime helper", collision.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("SpreadsheetApp")]
    [InlineData("UrlFetchApp")]
    [InlineData("GmailApp")]
    public void A_class_named_like_an_Apps_Script_service_is_a_name_collision(string service)
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create($"public class {service} {{ public int Size() => 1; }}"));
        var collision = Assert.Single(result.Diagnostics, d => d.Id == "GAS4002");
        Assert.Contains("built-in global", collision.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Drive", "AppsScript.Interop.Advanced.Drive.Files")]
    [InlineData("Sheets", "AppsScript.Interop.Advanced.Sheets.Spreadsheets")]
    [InlineData("Calendar", "AppsScript.Interop.Advanced.Calendar.Events")]
    [InlineData("Gmail", "AppsScript.Interop.Advanced.Gmail.Users")]
    public void A_class_named_like_an_Advanced_Service_the_program_uses_is_a_name_collision(string service, string use)
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(
            $"using AppsScript.Interop; using AppsScript.Interop.Services; public class {service} {{ public int Size() => 1; }} " +
            $"[GlobalFunctions] public static class Code {{ public static void Run() {{ var collection = {use}; Logger.Log(new {service}().Size().ToString()); }} }}"));
        var collision = Assert.Single(result.Diagnostics, d => d.Id == "GAS4002");
        Assert.Contains("built-in global", collision.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Drive")]
    [InlineData("Tasks")]
    [InlineData("Calendar")]
    public void A_class_may_take_the_name_of_an_Advanced_Service_the_program_does_not_use(string service)
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(
            $"using AppsScript.Interop; using AppsScript.Interop.Services; public class {service} {{ public int Size() => 1; }} " +
            $"[GlobalFunctions] public static class Code {{ public static void Run() => Logger.Log(new {service}().Size().ToString()); }}"));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
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

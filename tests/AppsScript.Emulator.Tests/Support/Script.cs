using AppsScript.Emulator;
using AppsScript.Emulator.Runtime;
using Xunit;

namespace AppsScript.Emulator.Tests.Support;

/// <summary>Runs small hand-written bundles: one file named Code, in a fresh environment unless one is given.</summary>
internal static class Script
{
    public static ExecutionResult Run(string code, string function, params object?[] arguments)
    {
        using var environment = new ScriptEnvironment();
        return environment.Run(ScriptProject.FromSource(code), function, arguments);
    }

    /// <summary>Runs <paramref name="body"/> as the body of a function <c>test()</c> and returns its result, which must have succeeded.</summary>
    public static ExecutionResult Eval(ScriptEnvironment environment, string body)
    {
        var result = environment.Run(ScriptProject.FromSource($"function test() {{\n{body}\n}}"), "test");
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result;
    }

    public static ExecutionResult Eval(string body)
    {
        using var environment = new ScriptEnvironment();
        return Eval(environment, body);
    }

    /// <summary>Runs <paramref name="body"/> as <c>test()</c>'s body and returns its error, which it must have.</summary>
    public static ScriptError Fail(ScriptEnvironment environment, string body)
    {
        var result = environment.Run(ScriptProject.FromSource($"function test() {{\n{body}\n}}"), "test");
        Assert.False(result.Succeeded, $"expected an error, got {result.ReturnJson}");
        return result.Error!;
    }

    public static ScriptError Fail(string body)
    {
        using var environment = new ScriptEnvironment();
        return Fail(environment, body);
    }
}

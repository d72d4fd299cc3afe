using Jint.Runtime;
using Xunit;

namespace AppsScript.Compiler.Tests.Infrastructure;

/// <summary>The runner's limit on runaway programs counts statements, so a test never depends on the machine's speed.</summary>
public sealed class JintRunnerTests
{
    [Fact]
    public void An_endless_loop_is_stopped_by_the_statement_limit()
    {
        var source = "using AppsScript.Interop; [GlobalFunctions] public static class Program { public static void Main() { var i = 0; while (true) i++; } }";
        var files = CompilerHarness.CompileOrFail(TestCompilation.Create(source)).Files;

        Assert.Throws<StatementsCountOverflowException>(() => JintRunner.Run(files));
    }
}

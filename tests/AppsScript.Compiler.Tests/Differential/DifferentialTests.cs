using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Differential;

/// <summary>
/// The compiler's main specification: every program under Differential/Programs runs on .NET and, compiled,
/// under Jint, and must print exactly the same. A program is a [GlobalFunctions] class Program whose Main
/// prints with Console.WriteLine; the expected output is whatever .NET prints, so no expectation is hand-written.
/// </summary>
public sealed class DifferentialTests
{
    private static readonly string ProgramsDirectory = Path.Combine(AppContext.BaseDirectory, "Differential", "Programs");

    public static IEnumerable<object[]> Programs() =>
        Directory.EnumerateFiles(ProgramsDirectory, "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(ProgramsDirectory, p).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new object[] { p });

    [Theory]
    [MemberData(nameof(Programs))]
    public void Prints_the_same_on_dotnet_and_apps_script(string program)
    {
        var source = File.ReadAllText(Path.Combine(ProgramsDirectory, program));
        var compilation = TestCompilation.Create((Path.GetFileName(program), source));
        var expected = DotNetRunner.Run(compilation);
        var result = CompilerHarness.CompileOrFail(compilation);
        CompilerHarness.DumpIfRequested(program, result);
        var actual = JintRunner.Run(result.Files);
        Assert.False(string.IsNullOrWhiteSpace(expected), "The program prints nothing, so it tests nothing.");
        Assert.Equal(expected, actual);
    }
}

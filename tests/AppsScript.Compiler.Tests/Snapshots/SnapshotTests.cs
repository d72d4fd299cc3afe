using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Snapshots;

/// <summary>
/// The emitted JavaScript of small programs, compared with reviewed golden files: the output must stay
/// readable (names, layout, idioms), which a differential test cannot see. After an intended change, run
/// the tests with UPDATE_SNAPSHOTS=1 and review the diff of the .js files.
/// </summary>
public sealed class SnapshotTests
{
    public static IEnumerable<object[]> Sources() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Snapshots", "Sources"), "*.cs")
            .Select(p => new object[] { Path.GetFileNameWithoutExtension(p) })
            .OrderBy(p => (string)p[0], StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Sources))]
    public void Emits_the_reviewed_javascript(string name)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Snapshots", "Sources", name + ".cs"));
        var result = CompilerHarness.CompileOrFail(TestCompilation.Create((name + ".cs", source)));
        var actual = string.Join("\n//// next file\n", result.Files.Select(f => f.Text));
        var golden = Path.Combine(SourceDirectory(), "Sources", name + ".js");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(golden, actual);
            return;
        }
        Assert.True(File.Exists(golden), $"{golden} does not exist: run with UPDATE_SNAPSHOTS=1 and review it.");
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Runtime;

/// <summary>
/// Text .NET parses by rules Apps Script cannot share (the machine's time zone, layouts other than ISO 8601)
/// makes the compiled code throw, never give another instant. These cases differ from .NET on purpose, so they
/// are checked on the emitted JavaScript alone.
/// </summary>
public sealed class DateParsingDifferencesTests
{
    private static string RunCompiled(string statement)
    {
        var source = "using System; using System.Globalization; using AppsScript.Interop;\n"
            + "[GlobalFunctions]\npublic static class Program\n{\n    public static void Main()\n    {\n        " + statement + "\n    }\n}\n";
        return JintRunner.Run(CompilerHarness.CompileOrFail(TestCompilation.Create(source)).Files);
    }

    [Theory]
    [InlineData("Console.WriteLine(DateTimeOffset.Parse(\"2026-01-01T10:00:00\").ToUnixTimeSeconds());", "2026-01-01T10:00:00")]
    [InlineData("Console.WriteLine(DateTimeOffset.Parse(\"2026-01-01\").ToUnixTimeSeconds());", "2026-01-01")]
    [InlineData("Console.WriteLine(DateTimeOffset.TryParse(\"2026-01-01 10:00\", out var value));", "2026-01-01 10:00")]
    [InlineData("Console.WriteLine(DateTimeOffset.Parse(\"2026-01-01T10:00:00\", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal).ToUnixTimeSeconds());", "2026-01-01T10:00:00")]
    public void Text_without_an_offset_throws_unless_assumed_universal(string statement, string text) =>
        Assert.StartsWith($"Unhandled NotSupportedException: '{text}' has no UTC offset, so .NET would read it in the machine's time zone", RunCompiled(statement));

    [Theory]
    [InlineData("1/2/2026")]
    [InlineData("Jan 1 2026")]
    [InlineData("2026-1-1T00:00:00Z")]
    public void Layouts_other_than_ISO_8601_are_format_errors(string text) =>
        Assert.Equal($"Unhandled FormatException: String '{text}' was not recognized as a valid DateTime.\n",
            RunCompiled($"Console.WriteLine(DateTimeOffset.Parse(\"{text}\", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUnixTimeSeconds());"));
}

using System;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// A test program in which <c>/*@*/</c> marks where a diagnostic must start, so that a refusal's case shows its
/// position beside its code instead of as a line and column to keep in step with the text.
/// </summary>
internal static class MarkedSource
{
    public const string Marker = "/*@*/";

    /// <summary>
    /// Compiles the program without its marker and asserts <paramref name="code"/> starts there once, saying
    /// <paramref name="reason"/>, and with <paramref name="nowhereElse"/> that the program has no other.
    /// </summary>
    public static void AssertReportedOnceAt(string code, string marked, string reason, bool nowhereElse = false)
    {
        var (result, at) = Compile(marked);
        var reported = result.Diagnostics.Where(d => d.Id == code && (nowhereElse || d.Location.SourceSpan.Start == at)).ToList();
        Assert.True(reported.Count == 1 && reported[0].Location.SourceSpan.Start == at, $"{code} was not reported once at {at}; got:\n" + Printed(result));
        Assert.Contains(reason, reported[0].GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>Compiles the program without its marker and asserts <paramref name="code"/> is one of the diagnostics starting there.</summary>
    public static void AssertReportedAt(string code, string marked)
    {
        var (result, at) = Compile(marked);
        Assert.True(result.Diagnostics.Any(d => d.Id == code && d.Location.SourceSpan.Start == at), $"{code} was not reported at {at}; got:\n" + Printed(result));
    }

    private static (CompileResult Result, int At) Compile(string marked)
    {
        var at = marked.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the program has no {Marker}");
        return (AppsScriptCompiler.Compile(TestCompilation.Create(marked.Remove(at, Marker.Length))), at);
    }

    private static string Printed(CompileResult result) => string.Join("\n", result.Diagnostics.Select(DiagnosticPrinter.Format));
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AppsScript.Compiler.Projects;
using AppsScript.Compiler.Tests.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace AppsScript.Compiler.Analyzer.Tests;

/// <summary>
/// The analyzer and the build can never drift: for every program of the compiler's diagnostic cases, the analyzer
/// reports exactly what <see cref="AppsScriptCompiler.Compile(Compilation, CompilerOptions?)"/> reports, code,
/// severity, message and span.
/// </summary>
public sealed class AnalyzerParityTests
{
    /// <summary>The cases whose rule needs the project's layout (its AppsScriptFile items).</summary>
    private static readonly IReadOnlyDictionary<string, string> Layouts = new Dictionary<string, string>
    {
        ["GAS4008"] = "output=Code.js|Program.cs|",
    };

    public static IEnumerable<object[]> Cases() => DiagnosticCases.ByCode.Keys.Select(code => new object[] { code });

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_analyzer_reports_what_the_build_reports(string code)
    {
        var (files, _) = DiagnosticCases.Parse(DiagnosticCases.ByCode[code]);
        var compilation = TestCompilation.Create(files.ToArray());
        var layout = new LayoutFile("project=/project/App.csproj\n" + (Layouts.TryGetValue(code, out var lines) ? lines : ""));
        var options = ProjectInputs.FromLines(layout.GetText().Lines.Select(l => l.ToString()), layout.Path).CompilerOptions;

        var built = AppsScriptCompiler.Compile(compilation, options).Diagnostics;
        var analyzed = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AppsScriptAnalyzer()), new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(layout)))
            .GetAnalyzerDiagnosticsAsync();

        Assert.Equal(Describe(built), Describe(analyzed));
        // GAS9001 and GAS9002 are reached only with a replacement table broken on purpose (DiagnosticTests); with
        // the real one, the build and the analyzer both find their programs clean.
        if (code is not ("GAS9001" or "GAS9002")) Assert.Contains(analyzed, d => d.Id == code);
    }

    private static IReadOnlyList<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => (Diagnostic: d, Span: d.Location.GetLineSpan()))
            .Select(d => $"{d.Span.Path}({d.Span.StartLinePosition.Line + 1},{d.Span.StartLinePosition.Character + 1},{d.Span.EndLinePosition.Line + 1},{d.Span.EndLinePosition.Character + 1}): {d.Diagnostic.Severity} {d.Diagnostic.Id}: {d.Diagnostic.GetMessage()}")
            .OrderBy(d => d, System.StringComparer.Ordinal)
            .ToList();
}

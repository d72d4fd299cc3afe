using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Output;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Replacements;
using AppsScript.Compiler.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>Every diagnostic code, reported for the construct it is about, at the file, line and column where the fix goes.</summary>
public sealed class DiagnosticTests
{
    /// <summary>Codes whose diagnostic has no source location: the whole project or the emitted output is at fault.</summary>
    private static readonly HashSet<string> ProjectWide = new() { "GAS9002" };

    public static IEnumerable<object[]> Codes() => Descriptors().Select(d => new object[] { d.Id });

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    [Fact]
    public void Every_code_is_unique_and_has_a_case()
    {
        var ids = Descriptors().Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.DoesNotContain(ids, id => !DiagnosticCases.ByCode.ContainsKey(id));
        Assert.All(ids, id => Assert.Matches("^GAS[1-49][0-9]{3}$", id));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Is_reported_where_the_construct_is(string code)
    {
        var (files, expected) = DiagnosticCases.Parse(DiagnosticCases.ByCode[code]);
        var compilation = TestCompilation.Create(files.ToArray());
        var result = code switch
        {
            "GAS9001" => AppsScriptCompiler.Compile(compilation, null, ThrowingTable()),
            "GAS9002" => AppsScriptCompiler.Compile(compilation, null, TableEmitting(new JsIdentifier("setTimeout"))),
            "GAS4008" => AppsScriptCompiler.Compile(compilation, new CompilerOptions(OutputFiles: new[] { new OutputFileRule("Code.js", new[] { "Program.cs" }, Array.Empty<string>()) })),
            _ => AppsScriptCompiler.Compile(compilation),
        };
        var positions = result.Diagnostics.Select(d => (d.Id, Span: d.Location.GetLineSpan())).Select(d => (d.Id, d.Span.Path, d.Span.StartLinePosition.Line, d.Span.StartLinePosition.Character)).ToList();
        Assert.True(positions.Distinct().Count() == positions.Count, "a construct was reported twice:\n" + string.Join("\n", result.Diagnostics.Select(DiagnosticPrinter.Format)));
        Assert.Equal(positions.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Character), positions);
        var reported = result.Diagnostics.Where(d => d.Id == code).ToList();
        Assert.True(reported.Count > 0, $"{code} was not reported; got:\n" + string.Join("\n", result.Diagnostics.Select(DiagnosticPrinter.Format)));
        if (ProjectWide.Contains(code))
        {
            Assert.Equal(Location.None, reported[0].Location);
            return;
        }
        var locations = reported.Select(d => d.Location.GetLineSpan()).Select(s => (s.Path, s.StartLinePosition.Line + 1, s.StartLinePosition.Character + 1)).ToList();
        Assert.Contains(expected, locations);
        Assert.Matches($@"^{expected.Path.Replace(".", "\\.")}\({expected.Line},{expected.Column}\): (error|warning) {code}: ", DiagnosticPrinter.Format(reported[locations.IndexOf(expected)]));
    }

    private static ReplacementTable ThrowingTable()
    {
        var table = ReplacementTable.CreateDefaultWithout("M:System.Console.WriteLine(System.String)");
        table.Add("M:System.Console.WriteLine(System.String)", _ => throw new InvalidOperationException("a replacement failed"));
        return table;
    }

    private static ReplacementTable TableEmitting(JsExpression expression)
    {
        var table = ReplacementTable.CreateDefaultWithout("M:System.Console.WriteLine(System.String)");
        table.Add("M:System.Console.WriteLine(System.String)", _ => new JsCall(expression, Array.Empty<JsExpression>()));
        return table;
    }
}

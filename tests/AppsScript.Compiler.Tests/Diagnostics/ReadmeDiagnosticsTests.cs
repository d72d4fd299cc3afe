using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>The README's diagnostics list is the descriptor catalogue: every code, with its title, and nothing else.</summary>
public sealed class ReadmeDiagnosticsTests
{
    [Fact]
    public void The_readme_lists_every_diagnostic_code_with_its_title()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        var listed = Regex.Matches(readme, @"^\| (GAS\d{4}) \| (.+?)( \(warning\))? \|$", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Success))
            .ToList();
        var descriptors = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Select(d => (d.Id, d.Title.ToString(), d.DefaultSeverity == DiagnosticSeverity.Warning))
            .ToList();
        Assert.Equal(descriptors, listed);
    }
}

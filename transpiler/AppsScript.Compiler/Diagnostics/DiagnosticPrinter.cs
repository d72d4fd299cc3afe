using System.Globalization;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Diagnostics;

/// <summary>Prints diagnostics in the MSBuild canonical form that terminals, IDEs and MSBuild's Exec task recognise.</summary>
public static class DiagnosticPrinter
{
    public static string Format(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        var span = diagnostic.Location.GetMappedLineSpan();
        if (!span.IsValid || string.IsNullOrEmpty(span.Path)) return $"{severity} {diagnostic.Id}: {message}";
        var start = span.StartLinePosition;
        return $"{span.Path}({start.Line + 1},{start.Character + 1}): {severity} {diagnostic.Id}: {message}";
    }
}

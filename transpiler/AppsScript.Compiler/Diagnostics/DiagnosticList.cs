using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AppsScript.Compiler.Diagnostics;

/// <summary>
/// The diagnostics of one compilation as they are reported: each once, in file, line and column order (those
/// without a location last). Every stage runs whatever the stages before it found, so the same construct may be
/// reported twice (the Validate stage and lowering both see a <c>yield</c> or a <c>lock</c>): the first report of a
/// code at a position is kept. Lowering was not written for constructs the Validate stage refuses, so an internal
/// error (GAS9001) inside a declaration that holds such a refusal is the refusal's consequence, not a compiler bug,
/// and is left out.
/// </summary>
internal static class DiagnosticList
{
    /// <param name="diagnostics">Every stage's diagnostics, in the order they were reported.</param>
    /// <param name="validated">How many of them, from the start, the Validate stage reported.</param>
    public static IReadOnlyList<Diagnostic> Collect(IReadOnlyList<Diagnostic> diagnostics, int validated)
    {
        var refusedIn = diagnostics.Take(validated)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => Declaration(d.Location))
            .OfType<SyntaxNode>()
            .ToList();
        var seen = new HashSet<(string Id, string Path, int Start)>();
        var kept = new List<Diagnostic>();
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            if (i >= validated && diagnostic.Id == DiagnosticDescriptors.InternalError.Id && Declaration(diagnostic.Location) is { } declaration
                && refusedIn.Any(refused => refused.SyntaxTree == declaration.SyntaxTree && (refused.Span.Contains(declaration.Span) || declaration.Span.Contains(refused.Span))))
            {
                continue;
            }
            var location = diagnostic.Location;
            if (seen.Add((diagnostic.Id, location.SourceTree?.FilePath ?? location.GetLineSpan().Path ?? "", location.SourceSpan.Start))) kept.Add(diagnostic);
        }
        // OrderBy is stable: diagnostics at one position keep the order the stages reported them in.
        return kept.OrderBy(d => d.Location.IsInSource ? 0 : 1)
            .ThenBy(d => d.Location.GetLineSpan().Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Character)
            .ToList();
    }

    /// <summary>The member or type declaration a location lies in, the innermost one.</summary>
    private static SyntaxNode? Declaration(Location location) =>
        location.IsInSource
            ? location.SourceTree!.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf()
                .OfType<MemberDeclarationSyntax>().FirstOrDefault(d => d is not BaseNamespaceDeclarationSyntax)
            : null;
}

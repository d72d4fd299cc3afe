using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SpotifySync.Tests.Security;

/// <summary>
/// The tables of docs/security.md: each row a probe the tests send, what came back, how many failures (5xx, or uncaught
/// exceptions of the web app) and whether any state changed. A test runs the probes, renders the rows, and requires
/// the document to show exactly that table between its markers, so the document says what the code does.
/// </summary>
internal static class ProbeTable
{
    /// <param name="Answers">One label per request sent: its status, or its error code.</param>
    public sealed record Row(string Probe, IReadOnlyList<string> Answers, int Failures, bool StateChanged);

    public static string Render(IEnumerable<Row> rows, string failures)
    {
        var lines = new List<string> { $"| probe | sent | answered | {failures} | state changed |", "|---|---|---|---|---|" };
        foreach (var row in rows)
        {
            var answered = string.Join(", ", row.Answers.GroupBy(answer => answer).Select(group => $"{group.Key} × {group.Count()}"));
            lines.Add($"| {row.Probe} | {row.Answers.Count} | {answered} | {row.Failures} | {(row.StateChanged ? "yes" : "no")} |");
        }
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>The text of <paramref name="document"/> between <c>&lt;!-- probes: NAME --&gt;</c> and <c>&lt;!-- /probes: NAME --&gt;</c>.</summary>
    public static string Documented(string document, string name)
    {
        var text = File.ReadAllText(document).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = $"<!-- probes: {name} -->\n";
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf($"<!-- /probes: {name} -->", StringComparison.Ordinal);
        if (from < 0 || to < from) throw new InvalidDataException($"{document} has no table between <!-- probes: {name} --> and <!-- /probes: {name} -->.");
        return text[(from + start.Length)..to];
    }
}

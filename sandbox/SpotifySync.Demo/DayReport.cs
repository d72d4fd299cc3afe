using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Emulator.Runtime;

namespace SpotifySync.Demo;

/// <summary>What the simulated days came to: the figures a person checks to trust the sync, and the table they print as.</summary>
internal sealed record DayReport(
    int LikedTracks,
    int TracksInNotion,
    int Duplicates,
    int Missing,
    int Plays,
    int PlaysCounted,
    int Executions,
    int FailedExecutions,
    int UrlFetchCalls,
    TimeSpan TriggerRuntime,
    TimeSpan TriggerRuntimeLimit,
    ExecutionResult? Longest)
{
    public bool Faithful => Duplicates == 0 && Missing == 0 && PlaysCounted == Plays && FailedExecutions == 0;

    public IReadOnlyList<(string Measure, string Value)> Rows() =>
    [
        ("liked tracks on Spotify (with an ID)", $"{LikedTracks:N0}"),
        ("tracks in Notion (liked or played)", $"{TracksInNotion:N0}"),
        ("duplicates", $"{Duplicates}"),
        ("liked but missing from Notion", $"{Missing}"),
        ("plays (to the last plays run) / counted", $"{Plays:N0} / {PlaysCounted:N0}"),
        ("trigger executions (failed)", $"{Executions} ({FailedExecutions})"),
        ("UrlFetch calls", $"{UrlFetchCalls:N0}"),
        ("trigger minutes used", $"{TriggerRuntime.TotalMinutes:F1} of {TriggerRuntimeLimit.TotalMinutes:F0} a day"),
        ("longest execution", Longest is null ? "none" : $"{Longest.Duration.TotalSeconds:F1} s ({Longest.Start:HH:mm} UTC, {Longest.UrlFetchCount} fetches)"),
    ];

    public void Print(Action<string> writeLine)
    {
        var rows = Rows();
        var width = rows.Max(r => r.Measure.Length);
        var valueWidth = rows.Max(r => r.Value.Length);
        writeLine($"| {"measure".PadRight(width)} | {"value".PadRight(valueWidth)} |");
        writeLine($"|{new string('-', width + 2)}|{new string('-', valueWidth + 2)}|");
        foreach (var (measure, value) in rows) writeLine($"| {measure.PadRight(width)} | {value.PadRight(valueWidth)} |");
    }
}

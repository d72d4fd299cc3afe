using System;
using System.Collections.Generic;

namespace SpotifySync.Companion.Demo;

/// <summary>
/// The figures of one demo: what the loop Apps Script → companion → Notion → Apps Script did. Each track's Download
/// Status is counted once (downloaded, not found, failed, or none yet), so the four add up to the pages.
/// </summary>
public sealed record DemoSummary(
    int LikedTracks,
    int Pages,
    int Duplicated,
    int CreatedByApps,
    int NotificationsReceived,
    int CompanionRuns,
    IReadOnlyList<string> CompanionRunFailures,
    int Downloaded,
    int NotFound,
    int Failed,
    int ReportsRecorded)
{
    /// <summary>Pages the companion has not given a download outcome (a run that stopped, or none that reached them).</summary>
    public int WithoutOutcome => Pages - Downloaded - NotFound - Failed;

    /// <summary>Every liked track once in Notion, each handled by the companion, and its report recorded by Apps Script.</summary>
    public bool Complete => Shortfalls().Count == 0;

    /// <summary>What keeps the loop from being complete, one phrase each; empty when it is.</summary>
    public IReadOnlyList<string> Shortfalls()
    {
        var shortfalls = new List<string>();
        if (Pages - Duplicated < LikedTracks) shortfalls.Add($"{LikedTracks - (Pages - Duplicated)} liked track(s) are not in Notion");
        if (Duplicated > 0) shortfalls.Add($"{Duplicated} page(s) are duplicates");
        if (CreatedByApps != LikedTracks) shortfalls.Add($"Apps Script created {CreatedByApps} of the {LikedTracks} pages");
        if (NotificationsReceived < 1) shortfalls.Add("the companion received no notification");
        if (CompanionRuns < 1) shortfalls.Add("the companion made no run");
        if (CompanionRunFailures.Count > 0) shortfalls.Add($"{CompanionRunFailures.Count} companion run(s) did not succeed ({CompanionRunFailures[0]})");
        if (Failed > 0) shortfalls.Add($"{Failed} download(s) failed");
        if (WithoutOutcome > 0) shortfalls.Add($"{WithoutOutcome} track(s) have no download outcome");
        if (ReportsRecorded != CompanionRuns) shortfalls.Add($"doPost recorded {ReportsRecorded} report(s) of {CompanionRuns} companion run(s)");
        return shortfalls;
    }

    public void Print(Action<string> say)
    {
        say("Summary");
        say($"  liked tracks in Spotify:              {LikedTracks}");
        say($"  pages in Notion:                      {Pages} ({(Duplicated == 0 ? "each track once" : $"{Duplicated} duplicated")})");
        say($"  created by Apps Script:               {CreatedByApps}");
        say($"  notifications the companion received: {NotificationsReceived}");
        say($"  companion runs:                       {CompanionRuns} ({(CompanionRunFailures.Count == 0 ? "all succeeded" : $"{CompanionRunFailures.Count} did not succeed")})");
        say($"  downloaded (stand-in):                {Downloaded}");
        say($"  not found:                            {NotFound}");
        say($"  failed:                               {Failed}");
        say($"  no download outcome yet:              {WithoutOutcome}");
        say($"  reports recorded by doPost:           {ReportsRecorded}");
        var shortfalls = Shortfalls();
        say(shortfalls.Count == 0 ? "  the whole loop ran." : $"  the loop did not complete: {string.Join("; ", shortfalls)}.");
    }
}

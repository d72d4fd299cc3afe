using System;

namespace SpotifySync.Companion.Demo;

/// <summary>The figures of one demo: what the loop Apps Script → companion → Notion → Apps Script did.</summary>
public sealed record DemoSummary(
    int LikedTracks,
    int Pages,
    int Duplicated,
    int CreatedByApps,
    int NotificationsReceived,
    int CompanionRuns,
    int Downloaded,
    int NotFound,
    int Failed,
    int ReportsRecorded)
{
    /// <summary>Every liked track once in Notion, each handled by the companion, and its report recorded by Apps Script.</summary>
    public bool Complete =>
        Pages == LikedTracks && Duplicated == 0 && CreatedByApps == LikedTracks && NotificationsReceived >= 1 && CompanionRuns >= 1 &&
        Downloaded + NotFound == LikedTracks && Failed == 0 && ReportsRecorded == CompanionRuns;

    public void Print(Action<string> say)
    {
        say("Summary");
        say($"  liked tracks in Spotify:              {LikedTracks}");
        say($"  pages in Notion:                      {Pages} ({(Duplicated == 0 ? "each track once" : $"{Duplicated} duplicated")})");
        say($"  created by Apps Script:               {CreatedByApps}");
        say($"  notifications the companion received: {NotificationsReceived}");
        say($"  companion runs:                       {CompanionRuns}");
        say($"  downloaded (stand-in):                {Downloaded}");
        say($"  not found:                            {NotFound}");
        say($"  failed:                               {Failed}");
        say($"  reports recorded by doPost:           {ReportsRecorded}");
        say(Complete ? "  the whole loop ran." : "  the loop did not complete (see above).");
    }
}

using SpotifySync.Core.Sync.Tracks;

namespace SpotifySync.Core.Sync;

/// <summary>The parts every operation's one-line summary shares.</summary>
public static class SyncSummary
{
    /// <summary>", 3 created, 1 updated, 40 unchanged" and the skipped and refused counts when there are any.</summary>
    public static string Counts(SyncTally tally)
    {
        var text = $", {tally.Created} created, {tally.Updated} updated, {tally.Unchanged} unchanged";
        if (tally.SkippedLocal > 0) text += $", {tally.SkippedLocal} local file(s) skipped";
        if (tally.SkippedEpisodes > 0) text += $", {tally.SkippedEpisodes} episode(s) skipped";
        if (tally.SkippedUnavailable > 0) text += $", {tally.SkippedUnavailable} unavailable skipped";
        if (tally.Failures.Count > 0) text += $", {tally.Failures.Count} refused by Notion (first: {tally.Failures[0].SpotifyId}: {tally.Failures[0].Error})";
        return text;
    }

    /// <summary>": the error" when the run ended with one, else nothing.</summary>
    public static string Error(RunOutcome outcome) => outcome.Error is null ? "" : $": {outcome.Error}";
}

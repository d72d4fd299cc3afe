namespace SpotifySync.Core.Sync;

/// <summary>How a run ended, in every result's <c>Status</c>.</summary>
public static class RunStatuses
{
    /// <summary>Everything there was to do is done.</summary>
    public const string Done = "done";

    /// <summary>The time budget (or Notion's rate limit) ran out; the next run resumes where this one stopped.</summary>
    public const string Stopped = "stopped";

    /// <summary>Another run holds the lock; this one did nothing.</summary>
    public const string Skipped = "skipped";

    /// <summary>Spotify asked to wait longer than a run can; no Spotify call until the time in the error.</summary>
    public const string Blocked = "blocked";

    /// <summary>Spotify refused the refresh token, or none was ever given: run authorizeSpotify().</summary>
    public const string Reauthorize = "reauthorize";

    public const string Failed = "failed";
}

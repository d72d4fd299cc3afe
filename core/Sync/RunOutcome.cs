namespace SpotifySync.Core.Sync;

/// <summary>How a run ended: one of <see cref="RunStatuses"/>, and the error that ended it, if any.</summary>
public sealed class RunOutcome
{
    public string Status { get; set; } = RunStatuses.Done;

    public string? Error { get; set; }

    /// <summary>Milliseconds the run took on the clock.</summary>
    public long DurationMs { get; set; }
}

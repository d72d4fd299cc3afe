namespace SpotifySync.Companion.State;

/// <summary>One track's downloads: attempts that failed and when to try again, or the file it was saved to.</summary>
public sealed class DownloadRecord
{
    public int Attempts { get; set; }
    public string? LastAttemptAt { get; set; }

    /// <summary>When a full run may try a Failed download again (ISO 8601 UTC).</summary>
    public string? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>
    /// Set as soon as yt-dlp has saved the file, before Notion is told: a run killed in between writes it back next
    /// time instead of downloading again.
    /// </summary>
    public string? FilePath { get; set; }

    public string? SoundCloudUrl { get; set; }
}

namespace SpotifySync.Companion.Downloads;

/// <summary>A Tracks page as the download workflow reads it.</summary>
public sealed record PendingTrack(
    string PageId,
    string Title,
    string Artist,
    long? DurationSeconds,
    string? SoundCloudUrl,
    string? Status,
    bool Downloaded,
    string FilePath);

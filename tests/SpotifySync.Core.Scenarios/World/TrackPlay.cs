namespace SpotifySync.Core.Scenarios.World;

/// <summary>A play in the Spotify history: the track and when it was played.</summary>
public sealed class TrackPlay
{
    public string TrackId { get; set; } = "";

    /// <summary>ISO 8601 in UTC to the millisecond, <c>2026-11-23T12:04:05.123Z</c>, as <c>played_at</c> says it.</summary>
    public string PlayedAt { get; set; } = "";
}

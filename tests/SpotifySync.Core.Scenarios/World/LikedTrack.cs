namespace SpotifySync.Core.Scenarios.World;

/// <summary>A like in the Spotify library: the track and when it was liked (Spotify keeps seconds).</summary>
public sealed class LikedTrack
{
    public string TrackId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>ISO 8601 in UTC, <c>2026-11-23T12:04:05Z</c>, as <c>added_at</c> says it.</summary>
    public string AddedAt { get; set; } = "";
}

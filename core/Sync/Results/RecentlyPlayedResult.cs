using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using SpotifySync.Core.Sync.Tracks;

namespace SpotifySync.Core.Sync.Results;

/// <summary>What one run of the recently played sync did.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class RecentlyPlayedResult
{
    /// <summary>One line: status, plays and counts.</summary>
    public string Summary { get; set; } = "";

    /// <summary>One of <see cref="RunStatuses"/>.</summary>
    public string Status { get; set; } = RunStatuses.Done;

    public string? Error { get; set; }

    /// <summary>Plays Spotify listed after the cursor.</summary>
    public int Plays { get; set; }

    /// <summary>Plays added to Play Count (a play a page already counted is not counted again).</summary>
    public int PlaysCounted { get; set; }

    public SyncTally Tracks { get; set; } = new();

    /// <summary>The cursor after the run: Unix milliseconds of the newest play in Notion.</summary>
    public long? Cursor { get; set; }

    public long DurationMs { get; set; }
}

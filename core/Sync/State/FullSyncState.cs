using Newtonsoft.Json;

namespace SpotifySync.Core.Sync.State;

/// <summary>
/// The full sync, resumable across executions: it walks <c>/me/tracks</c> by offset (<see cref="FullSyncPhases.Walk"/>),
/// then merges pages that share a Spotify ID and unchecks In Library on pages of tracks no longer liked
/// (<see cref="FullSyncPhases.Sweep"/>), then is done.
/// </summary>
public sealed class FullSyncState
{
    /// <summary>One of <see cref="FullSyncPhases"/>.</summary>
    [JsonProperty("phase")]
    public string? Phase { get; set; }

    /// <summary>The next offset of the walk: every liked track before it is in Notion.</summary>
    [JsonProperty("offset")]
    public int? Offset { get; set; }

    /// <summary>The library's size when <see cref="Offset"/> was saved; a smaller one later means unlikes moved tracks up.</summary>
    [JsonProperty("total")]
    public int? Total { get; set; }

    /// <summary>When the walk started, ISO 8601 UTC: pages created since were created from liked tracks.</summary>
    [JsonProperty("startedAt")]
    public string? StartedAt { get; set; }

    /// <summary>True once the walk saw the library shrink: then the sweep checks every page, not only the older ones.</summary>
    [JsonProperty("shrunk")]
    public bool? Shrunk { get; set; }

    /// <summary>Pages created and updated over the whole full sync, across executions.</summary>
    [JsonProperty("created")]
    public int? Created { get; set; }

    [JsonProperty("updated")]
    public int? Updated { get; set; }

    /// <summary>Pages of one track being merged by the sweep; null when no merge is under way.</summary>
    [JsonProperty("merge")]
    public DuplicateMerge? Merge { get; set; }

    /// <summary>Tracks whose duplicate pages the sweep merged, over the whole full sync.</summary>
    [JsonProperty("merged")]
    public int? Merged { get; set; }

    /// <summary>When the sweep finished, ISO 8601 UTC; null until then.</summary>
    [JsonProperty("completedAt")]
    public string? CompletedAt { get; set; }
}

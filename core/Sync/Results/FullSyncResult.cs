using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using SpotifySync.Core.Sync.Tracks;

namespace SpotifySync.Core.Sync.Results;

/// <summary>What one execution of the full sync did, and where the full sync stands.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class FullSyncResult
{
    /// <summary>One line: status, progress and counts.</summary>
    public string Summary { get; set; } = "";

    /// <summary>One of <see cref="RunStatuses"/>.</summary>
    public string Status { get; set; } = RunStatuses.Done;

    public string? Error { get; set; }

    /// <summary>True when this execution began a new full sync.</summary>
    public bool Started { get; set; }

    /// <summary>The phase after this execution: <c>walk</c>, <c>sweep</c> or <c>done</c>.</summary>
    public string Phase { get; set; } = "";

    /// <summary>The walk's offset in the liked songs after this execution, of <see cref="Total"/>.</summary>
    public int Offset { get; set; }

    public int? Total { get; set; }

    public SyncTally Tracks { get; set; } = new();

    /// <summary>Pages whose track is no longer liked, In Library unchecked by the sweep.</summary>
    public int Unchecked { get; set; }

    /// <summary>Tracks whose pages the sweep merged into one, the others moved to the trash.</summary>
    public int Merged { get; set; }

    public long DurationMs { get; set; }
}

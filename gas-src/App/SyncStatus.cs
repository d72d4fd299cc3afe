using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using SpotifySync.Core.Sync.State;

namespace SpotifySync.App;

/// <summary>What the web app's <c>GET</c> answers: the trigger, the sync's progress and health, and what the companion reported.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class SyncStatus
{
    public TriggerStatus Trigger { get; set; } = new();

    /// <summary>The newest <c>added_at</c> of the liked songs in Notion.</summary>
    public string? Watermark { get; set; }

    /// <summary>The full sync's phase (<c>walk</c>, <c>sweep</c>, <c>done</c>) and offset, when one ran.</summary>
    public string? FullSyncPhase { get; set; }

    public int? FullSyncOffset { get; set; }

    /// <summary>Until when Spotify asked not to be called, when it did.</summary>
    public string? SpotifyBlockedUntil { get; set; }

    public int FailuresInARow { get; set; }

    public string? LastError { get; set; }

    public string? LastErrorAt { get; set; }

    public List<CompanionEvent> CompanionEvents { get; set; } = new();
}

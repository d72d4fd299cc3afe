using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using System.Collections.Generic;

namespace SpotifySync.Core.Sync.Tracks;

/// <summary>What one operation did to Notion, counted as it goes.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class SyncTally
{
    public int Created { get; set; }

    public int Updated { get; set; }

    /// <summary>Tracks that already had a page with the right values: no write.</summary>
    public int Unchanged { get; set; }

    /// <summary>Local files: no Spotify ID to key a page on.</summary>
    public int SkippedLocal { get; set; }

    /// <summary>Podcast episodes, skipped unless the settings include them.</summary>
    public int SkippedEpisodes { get; set; }

    /// <summary>Playlist entries whose track is no longer available (a null item).</summary>
    public int SkippedUnavailable { get; set; }

    /// <summary>The Spotify IDs of the pages created, for the companion's notification.</summary>
    public List<string> CreatedIds { get; set; } = new();

    public List<TrackFailure> Failures { get; set; } = new();
}

using System.Collections.Generic;
using SpotifySync.Core.Automation;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpotifySync.App;

/// <summary>What <c>initializeSpotifySync</c> found and did, and what the person does next.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class InitializationResult
{
    /// <summary>The Tracks data source <c>TRACKS_DB_ID</c> resolved to.</summary>
    public string DataSourceId { get; set; } = "";

    /// <summary>The Tracks properties the data source lacked and now has.</summary>
    public List<string> PropertiesAdded { get; set; } = new();

    /// <summary>The configuration data source and the script's row in it, when <c>CONFIG_DB_ID</c> is set; else null.</summary>
    public AutomationSetup? Configuration { get; set; }

    /// <summary>Whether the settings changed and were stored.</summary>
    public bool SettingsChanged { get; set; }

    public int TriggerIntervalMinutes { get; set; }

    /// <summary>Minutes between the recently played trigger's runs; 0 when it is not wanted.</summary>
    public int RecentlyPlayedIntervalMinutes { get; set; }

    public int SyncBatchSize { get; set; }

    public int TimeBudgetSeconds { get; set; }

    public int NotionRequestsPerSecond { get; set; }

    public bool IncludeEpisodes { get; set; }

    /// <summary>Whether the trigger was reinstalled because it ran at another interval.</summary>
    public bool TriggerUpdated { get; set; }

    /// <summary>Whether Spotify is connected (an authorization or <c>SPOTIFY_REFRESH_TOKEN</c>).</summary>
    public bool SpotifyAuthorized { get; set; }

    /// <summary>The step left to take, in words.</summary>
    public string NextStep { get; set; } = "";
}

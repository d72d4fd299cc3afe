using SpotifySync.Core.Tracks;

namespace SpotifySync.Core.Sync;

/// <summary>The settings in effect for a run: the stored <see cref="SyncSettings"/>, checked, with the defaults filled in.</summary>
public sealed class SyncOptions
{
    public SyncOptions(int triggerIntervalMinutes, int recentlyPlayedIntervalMinutes, int batchSize, int timeBudgetSeconds, int notionRequestsPerSecond, bool includeEpisodes, TrackPropertyNames names)
    {
        TriggerIntervalMinutes = triggerIntervalMinutes;
        RecentlyPlayedIntervalMinutes = recentlyPlayedIntervalMinutes;
        BatchSize = batchSize;
        TimeBudgetSeconds = timeBudgetSeconds;
        NotionRequestsPerSecond = notionRequestsPerSecond;
        IncludeEpisodes = includeEpisodes;
        Names = names;
    }

    public int TriggerIntervalMinutes { get; }

    /// <summary>Minutes between the recently played trigger's runs; 0 when there is no such trigger.</summary>
    public int RecentlyPlayedIntervalMinutes { get; }

    public int BatchSize { get; }

    public int TimeBudgetSeconds { get; }

    public int NotionRequestsPerSecond { get; }

    public bool IncludeEpisodes { get; }

    public TrackPropertyNames Names { get; }

    /// <summary>Spotify's page size for the batch size: Spotify serves at most 50 items a page.</summary>
    public int SpotifyPageSize => BatchSize < 50 ? BatchSize : 50;
}

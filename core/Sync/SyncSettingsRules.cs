using System;
using System.Collections.Generic;
using System.Linq;
using SpotifySync.Core.Tracks;

namespace SpotifySync.Core.Sync;

/// <summary>The defaults and limits of <see cref="SyncSettings"/>, and the check that names each wrong setting and its fix.</summary>
public static class SyncSettingsRules
{
    public const int DefaultTriggerIntervalMinutes = 5;

    /// <summary>
    /// Spotify keeps only a person's last 50 plays, two to three hours of listening: every 30 minutes (the longest
    /// interval <c>everyMinutes</c> offers) misses none, at one call a run.
    /// </summary>
    public const int DefaultRecentlyPlayedIntervalMinutes = 30;

    /// <summary>The only intervals Apps Script's <c>everyMinutes</c> accepts.</summary>
    public static readonly int[] TriggerIntervals = { 1, 5, 10, 15, 30 };

    public const int DefaultBatchSize = 50;
    public const int MaxBatchSize = 100;

    /// <summary>4.5 of Apps Script's 6 minutes: the rest is the margin for the request in flight and the state saved after it.</summary>
    public const int DefaultTimeBudgetSeconds = 270;
    public const int MaxTimeBudgetSeconds = 330;
    public const int MinTimeBudgetSeconds = 30;

    public const int DefaultNotionRequestsPerSecond = 3;
    public const int MaxNotionRequestsPerSecond = 10;

    /// <summary>One sentence per setting out of range, naming it and its allowed values; empty when all are fine.</summary>
    public static List<string> Problems(SyncSettings settings)
    {
        var problems = new List<string>();
        var interval = settings.TriggerIntervalMinutes ?? DefaultTriggerIntervalMinutes;
        if (!TriggerIntervals.Contains(interval))
        {
            problems.Add($"triggerIntervalMinutes is {interval}: give 1, 5, 10, 15 or 30 (default {DefaultTriggerIntervalMinutes}), the intervals Apps Script's time-driven triggers accept.");
        }
        var plays = settings.RecentlyPlayedIntervalMinutes ?? DefaultRecentlyPlayedIntervalMinutes;
        if (plays != 0 && !TriggerIntervals.Contains(plays))
        {
            problems.Add($"recentlyPlayedIntervalMinutes is {plays}: give 1, 5, 10, 15 or 30 (default {DefaultRecentlyPlayedIntervalMinutes}), or 0 for no recently played trigger.");
        }
        var batchSize = settings.BatchSize ?? DefaultBatchSize;
        var timeBudget = settings.TimeBudgetSeconds ?? DefaultTimeBudgetSeconds;
        var requestsPerSecond = settings.NotionRequestsPerSecond ?? DefaultNotionRequestsPerSecond;
        if (batchSize < 1 || batchSize > MaxBatchSize)
        {
            problems.Add($"syncBatchSize is {batchSize}: give a number from 1 to {MaxBatchSize} (default {DefaultBatchSize}); a Notion query matches at most 100 IDs.");
        }
        if (timeBudget < MinTimeBudgetSeconds || timeBudget > MaxTimeBudgetSeconds)
        {
            problems.Add($"timeBudgetSeconds is {timeBudget}: give {MinTimeBudgetSeconds} to {MaxTimeBudgetSeconds} seconds (default {DefaultTimeBudgetSeconds}), below Apps Script's 360-second limit.");
        }
        if (requestsPerSecond < 1 || requestsPerSecond > MaxNotionRequestsPerSecond)
        {
            problems.Add($"notionRequestsPerSecond is {requestsPerSecond}: give 1 to {MaxNotionRequestsPerSecond} (default {DefaultNotionRequestsPerSecond}; 10 only on Business and Enterprise plans).");
        }
        try
        {
            TrackSchema.Names(settings.PropertyNames);
        }
        catch (ArgumentException error)
        {
            problems.Add($"propertyNames: {error.Message}");
        }
        return problems;
    }

    /// <summary>The settings in effect: the stored ones with the defaults filled in, when they are all valid.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message lists every problem and its fix.</exception>
    public static SyncOptions Resolve(SyncSettings settings)
    {
        var problems = Problems(settings);
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems));
        return new SyncOptions(
            settings.TriggerIntervalMinutes ?? DefaultTriggerIntervalMinutes,
            settings.RecentlyPlayedIntervalMinutes ?? DefaultRecentlyPlayedIntervalMinutes,
            settings.BatchSize ?? DefaultBatchSize,
            settings.TimeBudgetSeconds ?? DefaultTimeBudgetSeconds,
            settings.NotionRequestsPerSecond ?? DefaultNotionRequestsPerSecond,
            settings.IncludeEpisodes ?? false,
            TrackSchema.Names(settings.PropertyNames));
    }
}

using System.Collections.Generic;
using System;
using AppsScript.Interop.Services;
using SpotifySync.AppsScript;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tracks;

namespace SpotifySync.App;

/// <summary>
/// <c>initializeSpotifySync</c>: checks the Script Properties and the options (every problem named with its fix,
/// nothing stored until all are right), stores the settings, resolves the Tracks data source, adds the Tracks
/// properties it lacks (never renaming or deleting a person's), keeps the trigger at the chosen interval, and with
/// <c>CONFIG_DB_ID</c> adds the configuration properties the data source lacks and creates the script's row.
/// </summary>
public static class Initialization
{
    public static InitializationResult Run(InitializationOptions? options)
    {
        var store = new SyncStore(new ScriptPropertiesStore());
        var stored = store.Settings();
        var settings = Merge(stored, options ?? new InitializationOptions());
        var problems = SyncSettingsRules.Problems(settings);
        if (problems.Count > 0) throw new ArgumentException($"initializeSpotifySync: nothing was changed. {string.Join(" ", problems)}");
        var optional = SyncConfigurationReader.OptionalProblems(SyncConfigurationReader.Read(new ScriptPropertiesStore()));
        if (optional.Count > 0) throw new ArgumentException($"initializeSpotifySync: nothing was changed. {string.Join(" ", optional)}");

        var changed = Newtonsoft.Json.JsonConvert.SerializeObject(settings) != Newtonsoft.Json.JsonConvert.SerializeObject(stored);
        if (changed) store.SaveSettings(settings);
        var services = ScriptRun.Services();
        var dataSourceId = services.DataSourceId();
        List<string> added;
        try
        {
            added = TrackSchema.Prepare(services.Notion, dataSourceId, services.Names);
        }
        catch (NotionSetupException problem)
        {
            throw new ArgumentException($"initializeSpotifySync: {problem.Message}");
        }
        var result = new InitializationResult
        {
            DataSourceId = dataSourceId,
            SettingsChanged = changed,
            TriggerIntervalMinutes = services.Options.TriggerIntervalMinutes,
            RecentlyPlayedIntervalMinutes = services.Options.RecentlyPlayedIntervalMinutes,
            SyncBatchSize = services.Options.BatchSize,
            TimeBudgetSeconds = services.Options.TimeBudgetSeconds,
            NotionRequestsPerSecond = services.Options.NotionRequestsPerSecond,
            IncludeEpisodes = services.Options.IncludeEpisodes,
            SpotifyAuthorized = services.Auth.IsAuthorized(),
        };
        result.PropertiesAdded.AddRange(added);
        if (SyncTrigger.RunsAtOtherIntervals(services.Options))
        {
            SyncTrigger.Setup();
            result.TriggerUpdated = true;
        }
        if (services.AutomationRows() is { } rows) result.Configuration = rows.Prepare(result.TriggerIntervalMinutes, SyncTrigger.IsInstalled());
        result.NextStep = !result.SpotifyAuthorized
            ? "Run authorizeSpotify() and open the URL it logs, or set the script property SPOTIFY_REFRESH_TOKEN."
            : SyncTrigger.Status().Installed ? "Nothing: the sync trigger is installed." : "Run setupTimeTrigger() to sync every few minutes.";
        var addedInWords = result.PropertiesAdded.Count == 0 ? "no property missing" : $"added {string.Join(", ", result.PropertiesAdded)}";
        var configuration = result.Configuration is not { } setup ? ""
            : $", configuration row {setup.RowId} {(setup.RowCreated ? "created" : "kept")}{(setup.PropertiesAdded.Count == 0 ? "" : $" (added {string.Join(", ", setup.PropertiesAdded)})")}";
        Logger.Log($"initializeSpotifySync: data source {dataSourceId}, {addedInWords}{configuration}, trigger every {result.TriggerIntervalMinutes} min, {SyncTrigger.PlaysInWords(result.RecentlyPlayedIntervalMinutes)}, batches of {result.SyncBatchSize}; next: {result.NextStep}");
        return result;
    }

    /// <summary>The stored settings with the options given laid over them.</summary>
    private static SyncSettings Merge(SyncSettings stored, InitializationOptions options) => new SyncSettings
    {
        TriggerIntervalMinutes = options.TriggerIntervalMinutes ?? stored.TriggerIntervalMinutes,
        RecentlyPlayedIntervalMinutes = options.RecentlyPlayedIntervalMinutes ?? stored.RecentlyPlayedIntervalMinutes,
        BatchSize = options.SyncBatchSize ?? stored.BatchSize,
        TimeBudgetSeconds = options.TimeBudgetSeconds ?? stored.TimeBudgetSeconds,
        NotionRequestsPerSecond = options.NotionRequestsPerSecond ?? stored.NotionRequestsPerSecond,
        IncludeEpisodes = options.IncludeEpisodes ?? stored.IncludeEpisodes,
        PropertyNames = options.PropertyNames ?? stored.PropertyNames,
    };
}

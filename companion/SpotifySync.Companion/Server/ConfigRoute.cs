using System;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using SpotifySync.Companion.Automation;
using SpotifySync.Companion.Json;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.Server.Answers;
using SpotifySync.Companion.Server.Requests;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Server;

/// <summary>
/// <c>POST /gas/config</c> (<see cref="ConfigRequest"/>): the interval of Apps Script's trigger, through the Sync
/// Interval of the script's configuration row (<see cref="ScriptRow"/>), first, so that a request whose interval
/// cannot reach Apps Script (no configuration database 409, no row of the script's 409, Notion failing 502) changes
/// nothing; then the companion's switches, persisted in the state file and, with CONFIG_DB_ID, written to its own row.
/// </summary>
public static class ConfigRoute
{
    public static async Task<Results<JsonHttpResult<ConfigAnswer>, ProblemHttpResult>> HandleAsync(JsonBody<ConfigRequest> body, GasService service)
    {
        var request = body.Value;
        if (RequestChecks.Of(request) is { Count: > 0 } problems) return GasProblems.Invalid(problems);
        string? appsScript = null;
        if (request.TriggerIntervalMinutes is { } minutes)
        {
            if (service.Configuration.ConfigDbId is null)
            {
                return GasProblems.NoConfigurationDatabase(
                    "trigger_interval_minutes cannot reach Apps Script: the companion hands the interval to the script through the Sync Interval of the script's row " +
                    "in the configuration database, and CONFIG_DB_ID is not set. Set one up (docs/setup.md, section 5, step 7): share a Notion database with the " +
                    "integration, set the Script Property CONFIG_DB_ID to it and run initializeSpotifySync, which adds the script's row; set the companion's " +
                    "CONFIG_DB_ID to the same database and restart serve. Nothing was changed.");
            }
            string? written;
            try
            {
                written = await Task.Run(() =>
                {
                    using var notion = new NotionConnection(service.Configuration, service.Time);
                    return ScriptRow.For(service.Configuration, notion, service.State, service.Time).SetSyncInterval(minutes);
                });
            }
            catch (Exception exception) when (CompanionRow.IsNotionFailure(exception))
            {
                service.Log.Warning("Writing Apps Script's Sync Interval failed: {Error}", exception.Message);
                return GasProblems.NotionFailed($"The script's row could not be written ({exception.Message}); nothing was changed: send the request again.");
            }
            if (written is null)
            {
                return GasProblems.NoScriptRow(
                    "The configuration database CONFIG_DB_ID has no row of Trigger Type GAS for the interval: run initializeSpotifySync in Apps Script, with the Script " +
                    "Property CONFIG_DB_ID set to the same database, so that it adds its row; then send this again. Nothing was changed.");
            }
            appsScript = written;
        }
        var (settings, notionRow) = request.SetsSwitches ? await SetSwitchesAsync(service, request) : (service.State.Read().Automation, null);
        service.Log.Information("Configuration changed: Sync Enabled {Enabled}, Sync Mode {Mode}, Cron Active {Cron}; configuration row: {Notion}; Apps Script: {AppsScript}",
            settings.SyncEnabled, settings.SyncMode, settings.CronActive, notionRow ?? "not asked", appsScript ?? "not asked");
        return TypedResults.Json(new ConfigAnswer(settings, notionRow, appsScript), CompanionJson.Compact);
    }

    /// <summary>Persists the switches given and gives the companion's own row those it lacks (<see cref="CompanionRow.Apply"/>).</summary>
    private static async Task<(AutomationSettings Settings, string Row)> SetSwitchesAsync(GasService service, ConfigRequest request)
    {
        var now = service.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var settings = service.State.Update(s =>
        {
            s.Automation.SyncEnabled = request.SyncEnabledAsked ?? s.Automation.SyncEnabled;
            s.Automation.SyncMode = request.SyncMode ?? s.Automation.SyncMode;
            s.Automation.CronActive = request.CronActive ?? s.Automation.CronActive;
            s.Automation.UpdatedAt = now;
            return s.Automation;
        });
        var configuration = service.Configuration;
        if (!CompanionRow.IsConfigured(configuration)) return (settings, "not configured");
        try
        {
            var row = await Task.Run(() =>
            {
                using var notion = new NotionConnection(configuration, service.Time);
                return CompanionRow.For(configuration, notion, service.State, service.Time)!.Apply(request.SyncEnabledAsked, request.SyncMode, request.CronActive, settings);
            });
            return (settings, row);
        }
        catch (Exception exception) when (CompanionRow.IsNotionFailure(exception))
        {
            service.Log.Warning("Writing the configuration row failed: {Error}", exception.Message);
            return (settings, $"failed: {exception.Message}");
        }
    }
}

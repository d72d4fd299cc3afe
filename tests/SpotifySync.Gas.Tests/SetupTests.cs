using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AppsScript.Emulator.Runtime;
using SpotifySync.Gas.Tests.Support;
using Xunit;

namespace SpotifySync.Gas.Tests;

/// <summary><c>initializeSpotifySync</c>, <c>setupTimeTrigger</c>, <c>removeTimeTrigger</c> and <c>getTriggerStatus</c> as a person runs them from the editor.</summary>
public sealed class SetupTests
{
    [Fact]
    public async Task InitializeAddsTheMissingTracksPropertiesOnceAndSaysWhatIsNext()
    {
        await using var world = await SyncWorld.StartAsync();

        var first = world.Run("initializeSpotifySync", new JsonObject { ["triggerIntervalMinutes"] = 15, ["syncBatchSize"] = 40 }).Return!;
        var second = world.Run("initializeSpotifySync").Return!;

        var types = world.Cloud.Notion.Workspace.PropertyTypes(world.Tracks.DataSourceId);
        Assert.Equal("rich_text", types["Spotify ID"]);
        Assert.Equal("checkbox", types["In Library"]);
        Assert.Equal("multi_select", types["Playlists"]);
        Assert.Equal(17, first["propertiesAdded"]!.AsArray().Count);
        Assert.Equal(15, first["triggerIntervalMinutes"]!.GetValue<int>());
        Assert.Equal(40, first["syncBatchSize"]!.GetValue<int>());
        Assert.True(first["settingsChanged"]!.GetValue<bool>());
        Assert.Equal("Run setupTimeTrigger() to sync every few minutes.", first["nextStep"]!.GetValue<string>());
        Assert.Empty(second["propertiesAdded"]!.AsArray());
        Assert.False(second["settingsChanged"]!.GetValue<bool>());
        Assert.Equal(15, second["triggerIntervalMinutes"]!.GetValue<int>());
    }

    /// <summary>The design's example, as docs/setup.md tells a person to run it: a helper file added beside dist/ in the editor.</summary>
    [Fact]
    public async Task The_designs_initialize_call_from_a_helper_file_stores_its_settings_and_the_trigger_follows()
    {
        await using var world = await SyncWorld.StartAsync();
        var folder = Directory.CreateTempSubdirectory("spotify-sync-helper-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Dist.Folder)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            File.WriteAllText(Path.Combine(folder, "InitializeWithOptions.js"), """
                function initializeWithOptions() {
                  return initializeSpotifySync({ triggerIntervalMinutes: 5, syncBatchSize: 50 });
                }
                """);
            // The editor puts a new file after the pushed ones.
            var project = ScriptProject.Load(folder, [.. Dist.Load().FileNames.Select(name => name + ".js"), "InitializeWithOptions.js"]);
            var environment = world.Cloud.Environment;

            var initialized = environment.Run(project, "initializeWithOptions");
            var fromEditor = world.Run("initializeSpotifySync").Return!;
            world.Run("setupTimeTrigger");

            Assert.True(initialized.Succeeded, initialized.Error?.Message);
            Assert.Equal(5, initialized.Return!["triggerIntervalMinutes"]!.GetValue<int>());
            Assert.Equal(50, initialized.Return["syncBatchSize"]!.GetValue<int>());
            Assert.True(initialized.Return["settingsChanged"]!.GetValue<bool>());
            var stored = JsonNode.Parse(environment.ScriptProperties.Get("SPOTIFY_SYNC_STATE_SETTINGS")!)!;
            Assert.Equal((5, 50), (stored["triggerIntervalMinutes"]!.GetValue<int>(), stored["batchSize"]!.GetValue<int>()));
            Assert.Equal((5, 50), (fromEditor["triggerIntervalMinutes"]!.GetValue<int>(), fromEditor["syncBatchSize"]!.GetValue<int>()));
            Assert.Equal(TimeSpan.FromMinutes(5), environment.Triggers.All.Single(t => t.HandlerFunction == "syncSpotifyToNotion").Schedule.Interval);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task InitializeNamesEachMissingSettingAndWhereToFindIt()
    {
        await using var world = await SyncWorld.StartAsync();
        world.Cloud.Environment.ScriptProperties.Delete("NOTION_TOKEN");
        world.Cloud.Environment.ScriptProperties.Delete("TRACKS_DB_ID");

        var result = world.Cloud.Environment.Run(world.Project, "initializeSpotifySync");

        Assert.False(result.Succeeded);
        Assert.Contains("The script property NOTION_TOKEN is not set: enter the Internal Integration Secret", result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("The script property TRACKS_DB_ID is not set", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.UrlFetchCount);
    }

    [Fact]
    public async Task InitializeNamesEachOptionalSettingThatCannotWorkAndChangesNothing()
    {
        await using var world = await SyncWorld.StartAsync();
        var properties = world.Cloud.Environment.ScriptProperties;
        properties.Set("COMPANION_URL", "music.example.net");
        properties.Set("ALERT_EMAIL", "me at example.com");
        properties.Set("CONFIG_DB_ID", "my-config-database");

        var result = world.Cloud.Environment.Run(world.Project, "initializeSpotifySync");

        Assert.False(result.Succeeded);
        var message = result.Error!.Message;
        Assert.Contains("nothing was changed", message, StringComparison.Ordinal);
        Assert.Contains("COMPANION_URL 'music.example.net' is not a web address", message, StringComparison.Ordinal);
        Assert.Contains("COMPANION_URL is set but WEBHOOK_SECRET is not", message, StringComparison.Ordinal);
        Assert.Contains("ALERT_EMAIL 'me at example.com' is not an email address", message, StringComparison.Ordinal);
        Assert.Contains("CONFIG_DB_ID 'my-config-database' holds no Notion id", message, StringComparison.Ordinal);
        Assert.Equal(0, result.UrlFetchCount);
        Assert.Null(properties.Get("SPOTIFY_SYNC_STATE_SETTINGS"));
    }

    [Fact]
    public async Task InitializeRefusesAnIntervalAppsScriptCannotRunAndStoresNothing()
    {
        await using var world = await SyncWorld.StartAsync();

        var result = world.Cloud.Environment.Run(world.Project, "initializeSpotifySync", new JsonObject { ["triggerIntervalMinutes"] = 7, ["syncBatchSize"] = 500 });

        Assert.False(result.Succeeded);
        Assert.Contains("nothing was changed", result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("triggerIntervalMinutes is 7: give 1, 5, 10, 15 or 30", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("syncBatchSize is 500", result.Error.Message, StringComparison.Ordinal);
        Assert.Null(world.Cloud.Environment.ScriptProperties.Get("SPOTIFY_SYNC_STATE_SETTINGS"));
    }

    [Fact]
    public async Task SetupTimeTriggerUsesTheConfiguredIntervalAndIsIdempotent()
    {
        await using var world = await SyncWorld.StartAsync();
        world.Run("initializeSpotifySync", new JsonObject { ["triggerIntervalMinutes"] = 10 });

        var installed = world.Run("setupTimeTrigger").Return!;
        var again = world.Run("setupTimeTrigger").Return!;
        world.Run("initializeSpotifySync", new JsonObject { ["triggerIntervalMinutes"] = 30 });
        var status = world.Run("getTriggerStatus").Return!;

        Assert.True(installed["created"]!.GetValue<bool>());
        Assert.Equal(10, installed["intervalMinutes"]!.GetValue<int>());
        Assert.False(again["created"]!.GetValue<bool>());
        Assert.Equal(installed["uniqueId"]!.GetValue<string>(), again["uniqueId"]!.GetValue<string>());
        Assert.True(status["installed"]!.GetValue<bool>());
        Assert.Equal(30, status["intervalMinutes"]!.GetValue<int>());
        Assert.Equal(30, installed["recentlyPlayed"]!["intervalMinutes"]!.GetValue<int>());
        Assert.Equal(installed["recentlyPlayed"]!["uniqueId"]!.GetValue<string>(), again["recentlyPlayed"]!["uniqueId"]!.GetValue<string>());
        Assert.True(status["recentlyPlayedInstalled"]!.GetValue<bool>());
        var triggers = world.Cloud.Environment.Triggers.All.ToDictionary(t => t.HandlerFunction, t => t.Schedule.Interval);
        Assert.Equal(new Dictionary<string, TimeSpan?> { ["syncSpotifyToNotion"] = TimeSpan.FromMinutes(30), ["syncRecentlyPlayed"] = TimeSpan.FromMinutes(30) }, triggers);
    }

    [Fact]
    public async Task TheRecentlyPlayedTriggerFollowsItsSettingAndZeroRemovesIt()
    {
        await using var world = await SyncWorld.StartAsync();
        world.Run("initializeSpotifySync", new JsonObject { ["recentlyPlayedIntervalMinutes"] = 15 });
        world.Run("setupTimeTrigger");
        var every15 = world.Cloud.Environment.Triggers.All.Single(t => t.HandlerFunction == "syncRecentlyPlayed").Schedule.Interval;

        var off = world.Run("initializeSpotifySync", new JsonObject { ["recentlyPlayedIntervalMinutes"] = 0 });
        var statusRun = world.Run("getTriggerStatus");
        var wrong = world.Cloud.Environment.Run(world.Project, "initializeSpotifySync", new JsonObject { ["recentlyPlayedIntervalMinutes"] = 60 });

        Assert.Equal(TimeSpan.FromMinutes(15), every15);
        Assert.True(off.Return!["triggerUpdated"]!.GetValue<bool>());
        Assert.Equal(0, off.Return!["recentlyPlayedIntervalMinutes"]!.GetValue<int>());
        Assert.Equal("syncSpotifyToNotion", Assert.Single(world.Cloud.Environment.Triggers.All).HandlerFunction);
        Assert.False(statusRun.Return!["recentlyPlayedInstalled"]!.GetValue<bool>());
        Assert.Equal("getTriggerStatus: 1 syncSpotifyToNotion trigger(s), every 5 min; 0 syncRecentlyPlayed trigger(s), no recorded interval; 1 trigger(s) in the project.", Assert.Single(statusRun.Logs).Message);
        Assert.False(wrong.Succeeded);
        Assert.Contains("recentlyPlayedIntervalMinutes is 60: give 1, 5, 10, 15 or 30 (default 30), or 0", wrong.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveTimeTriggerDeletesTheSyncAndRecentlyPlayedTriggers()
    {
        await using var world = await SyncWorld.StartAsync();
        world.Run("setupTimeTrigger");

        var removed = world.Run("removeTimeTrigger").Return!;
        var statusRun = world.Run("getTriggerStatus");
        var status = statusRun.Return!;

        Assert.Equal(1, removed["removed"]!.GetValue<int>());
        Assert.Equal(1, removed["recentlyPlayedRemoved"]!.GetValue<int>());
        Assert.False(status["installed"]!.GetValue<bool>());
        Assert.Equal("getTriggerStatus: 0 syncSpotifyToNotion trigger(s), no recorded interval; 0 syncRecentlyPlayed trigger(s), no recorded interval; 0 trigger(s) in the project.", Assert.Single(statusRun.Logs).Message);
        Assert.Empty(world.Cloud.Environment.Triggers.All);
    }
}

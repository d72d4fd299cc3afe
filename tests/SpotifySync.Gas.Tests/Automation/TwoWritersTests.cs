using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AppsScript.Emulator.Triggers;
using SpotifySync.Gas.Tests.Parity;
using SpotifySync.Gas.Tests.Support;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify.Library;
using SpotifySync.Simulation;
using Xunit;

namespace SpotifySync.Gas.Tests.Automation;

/// <summary>
/// The two writers of one Tracks database, the emitted script (its triggers, under the emulator) and the companion
/// (its library sync, on .NET), running at the same time in one simulated time against one simulated Notion, with
/// a configuration database: the library lease keeps them from writing at once, and the full sync's sweep merges
/// whatever duplicates a person made.
/// </summary>
public sealed class TwoWritersTests
{
    [Fact]
    public async Task The_script_and_the_companion_syncing_the_same_new_likes_at_once_create_each_track_once()
    {
        await using var world = await Start(seed: 71, new LibrarySpec { Tracks = 150, LikedTracks = 30, Plays = 0, LocalFiles = 0 });
        var config = world.CreateConfigurationDatabase();
        world.Run("initializeSpotifySync");
        world.Run("syncSpotifyToNotion");
        using var companion = new CompanionBeside(world, config.DatabaseId);
        var at = world.Cloud.Clock.GetUtcNow().AddMinutes(5);
        world.Cloud.Spotify.Library.ScheduleLikes(40, at.AddMinutes(-2), TimeSpan.FromMinutes(1));

        var process = companion.StartAt(at);
        world.Cloud.Environment.RunUntil(at);
        var script = world.Cloud.Environment.Wait(world.Cloud.Environment.Start(world.Project, "syncSpotifyToNotion"));
        world.Cloud.Environment.Wait(process);

        var audit = world.Audit();
        Assert.True(audit.ExactlyOnce, $"duplicated: {string.Join(", ", audit.Duplicated)}; missing: {string.Join(", ", audit.Missing)}");
        Assert.Equal(70, audit.LikedTracks);
        // They did meet: one of them found the other holding the lease.
        var scriptWaited = script.Logs.Any(log => log.Message.Contains("is syncing the library", StringComparison.Ordinal));
        var companionWaited = companion.Log.Any(line => line.Contains("holds the library lease", StringComparison.Ordinal));
        Assert.True(scriptWaited || companionWaited, "Neither side met the other's lease.");
        Assert.Equal("done", companion.Runs.Single().Status);
        Assert.Equal("", world.ConfigurationRow(config).Text("Lease Holder"));
    }

    [Fact]
    public async Task Over_a_simulated_week_of_both_writers_no_duplicate_is_left_and_no_value_lost()
    {
        await using var world = await Start(seed: 72, new LibrarySpec { Tracks = 260, LikedTracks = 80, Plays = 0, LocalFiles = 0 });
        var config = world.CreateConfigurationDatabase();
        var start = world.Cloud.Clock.GetUtcNow();
        var library = world.Cloud.Spotify.Library;
        library.ScheduleLikes(60, start, TimeSpan.FromDays(7));
        library.SchedulePlays(120, start, TimeSpan.FromDays(7));
        world.Run("initializeSpotifySync", JsonNode.Parse("""{"triggerIntervalMinutes": 30}"""));
        world.Run("setupTimeTrigger");
        using var companion = new CompanionBeside(world, config.DatabaseId);
        var scheduler = new TriggerScheduler(world.Cloud.Environment, world.Project);
        var nights = new List<AppsScript.Emulator.Time.OutsideProcess>();
        var copies = new List<(string Copy, string SpotifyId, string FilePath)>();
        for (var day = 1; day <= 7; day++)
        {
            var night = start.Date.AddDays(day).AddHours(3);
            // A few likes just before the companion's nightly run, which the script's trigger picks up meanwhile.
            library.ScheduleLikes(3, night.AddMinutes(-2), TimeSpan.FromMinutes(2));
            nights.Add(companion.StartAt(night));
            scheduler.RunUntil(night.AddHours(9));
            if (day is 2 or 5) copies.AddRange(DuplicateByHand(world, day));
        }
        scheduler.RunUntil(start.AddDays(7).AddHours(20));
        Assert.All(nights, night => Assert.True(night.IsComplete && night.Failure is null,
            $"{night.Name}: {night.Failure}\n{string.Join("\n", companion.Log.TakeLast(20))}"));

        var audit = world.Audit();
        Assert.True(audit.ExactlyOnce, $"duplicated: {string.Join(", ", audit.Duplicated)}; missing: {string.Join(", ", audit.Missing)}");
        var workspace = world.Cloud.Notion.Workspace;
        var pages = workspace.Pages(world.Tracks.DataSourceId).ToDictionary(page => page.Text("Spotify ID"));
        foreach (var (copy, spotifyId, filePath) in copies)
        {
            Assert.True(workspace.Page(copy).InTrash, $"The copy {copy} of {spotifyId} should be in the trash.");
            Assert.Equal(("Downloaded", filePath), (pages[spotifyId].Select("Download Status"), pages[spotifyId].Text("File Path")));
        }
        var plays = library.Plays.GroupBy(play => play.Track.Id!).ToDictionary(group => group.Key, group => group.Count());
        var miscounted = plays.Where(play => pages.TryGetValue(play.Key, out var page) ? page.Number("Play Count") != play.Value : true).Select(play => play.Key).ToList();
        Assert.Empty(miscounted);
        var liked = library.SavedTracksAt(world.Cloud.Clock.GetUtcNow()).Select(saved => saved.Track.Id!).ToHashSet();
        Assert.All(pages.Values, page => Assert.Equal(liked.Contains(page.Text("Spotify ID")), page.Checkbox("In Library")));
        Assert.Equal(7, companion.Runs.Count(run => run.Status == "done"));
        Assert.Equal(copies.Count, companion.Runs.Sum(run => run.Merged));
    }

    private static async Task<SyncWorld> Start(int seed, LibrarySpec library)
    {
        var world = await SyncWorld.StartAsync(new SimulatedCloudOptions { Seed = seed, Library = library, Loopback = true });
        ParityWorld.WithLatency(world.Cloud.Spotify, world.Cloud.Notion);
        return world;
    }

    /// <summary>A person duplicates two pages in Notion and marks the copies downloaded, as if filed from another machine.</summary>
    private static IEnumerable<(string, string, string)> DuplicateByHand(SyncWorld world, int day)
    {
        var workspace = world.Cloud.Notion.Workspace;
        foreach (var page in workspace.Pages(world.Tracks.DataSourceId).Where(page => page.Checkbox("In Library")).Skip(day * 3).Take(2).ToList())
        {
            var filePath = $"/music/day {day}/{page.Text("Spotify ID")}.m4a";
            var copy = workspace.AddPage(world.Tracks.DataSourceId, new Dictionary<string, object?>
            {
                ["Name"] = page.Text("Name"), ["Spotify ID"] = page.Text("Spotify ID"), ["Artist"] = page.Text("Artist"),
                ["Download Status"] = "Downloaded", ["Downloaded"] = true, ["File Path"] = filePath,
            });
            yield return (copy, page.Text("Spotify ID"), filePath);
        }
    }

}

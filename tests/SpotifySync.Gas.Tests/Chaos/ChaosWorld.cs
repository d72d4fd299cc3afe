using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AppsScript.Emulator;
using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Triggers;
using SpotifySync.Gas.Tests.Support;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Gas.Tests.Chaos;

/// <summary>
/// One seed's world: a small library synced from scratch by the 5-minute trigger through faults, latency spikes that
/// get executions killed at 6 minutes, new likes, unlikes and plays, occasional manual runs and a person editing
/// pages; then fair weather until the sync settles. Checks the watermark against Notion after every step, and at
/// the end that every liked track is in Notion exactly once, no page was lost and no edit overwritten.
/// </summary>
internal static class ChaosWorld
{
    /// <summary>The stormy part of the world's life; each execution loads the whole bundle, which is what a world costs.</summary>
    public static readonly TimeSpan Span = TimeSpan.FromMinutes(90);

    /// <summary>Fair weather after the storm: enough for a blocked Spotify to reopen and the trigger to catch up.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(20);

    private const string Kill = "Exceeded maximum execution time";

    private static readonly TimeSpan Step = TimeSpan.FromMinutes(5);

    /// <summary>Small batches: more batch boundaries, watermark saves and kill points per like, and small Spotify pages to parse.</summary>
    private const int BatchSize = 5;

    public static async Task RunAsync(int seed)
    {
        var random = new Random(seed);
        var liked = random.Next(15, 41);
        await using var world = await SyncWorld.StartAsync(seed, new LibrarySpec
        {
            Tracks = liked + 20, LikedTracks = liked, Plays = 5, LocalFiles = 1, Episodes = 0,
            OwnedPlaylists = 0, CollaborativePlaylists = 0, FollowedPlaylists = 0, LargestPlaylist = 0,
        });
        var cloud = world.Cloud;
        var environment = cloud.Environment;
        var library = cloud.Spotify.Library;
        world.Run("initializeSpotifySync", new JsonObject { ["syncBatchSize"] = BatchSize });
        world.Run("setupTimeTrigger");
        var start = cloud.Clock.GetUtcNow();
        library.ScheduleLikes(random.Next(3, 11), start, Span);
        library.SchedulePlays(random.Next(3, 11), start, Span);
        ChaosFaults.Apply(cloud, random);

        var edits = new PersonEdits();
        var scheduler = new TriggerScheduler(environment, world.Project);
        var steps = (int)(Span / Step);
        for (var step = 0; step < steps; step++)
        {
            if (!Killed(environment)) ChaosFaults.StallCreates(cloud);
            else if (random.NextDouble() < 0.05) ChaosFaults.SpikeLatency(cloud);
            else ChaosFaults.Calm(cloud);
            if (random.NextDouble() < 0.3) edits.EditOne(world, random, step);
            if (random.NextDouble() < 0.05) Unlike(library, random, cloud.Clock.GetUtcNow());
            if (random.NextDouble() < 0.04) environment.Start(world.Project, random.Next(2) == 0 ? "syncRecentlyPlayed" : "fullSync");
            scheduler.RunFor(Step);
            AssertWatermarkHolds(world, seed, $"after step {step}");
        }
        ChaosFaults.Clear(cloud);
        scheduler.RunFor(Settle);

        AssertWatermarkHolds(world, seed, "at the end");
        var executions = environment.Executions.Select(execution => execution.Result).OfType<ExecutionResult>().ToList();
        var failed = executions.Where(result => !result.Succeeded && result.Error!.Message != Kill).ToList();
        Assert.True(failed.Count == 0, $"seed {seed}: {failed.Count} execution(s) failed other than by the 6-minute kill, the first: {failed.FirstOrDefault()}");
        Assert.True(Killed(environment), $"seed {seed}: the stalled page creations killed no execution");
        var audit = world.Audit();
        Assert.True(audit.Duplicated.Count == 0, $"seed {seed}: tracks with more than one page: {string.Join(", ", audit.Duplicated)}");
        Assert.True(audit.Missing.Count == 0, $"seed {seed}: liked tracks missing from Notion: {string.Join(", ", audit.Missing)}");
        var trashed = cloud.Notion.Workspace.Pages(world.Tracks.DataSourceId, includeTrashed: true).Where(page => page.InTrash).ToList();
        Assert.True(trashed.Count == 0, $"seed {seed}: pages lost to the trash: {string.Join(", ", trashed.Select(page => page.Text("Spotify ID")))}");
        var overwritten = edits.Overwritten(world);
        Assert.True(overwritten.Count == 0, $"seed {seed}: a person's edits overwritten: {string.Join("; ", overwritten)}");
    }

    private static void AssertWatermarkHolds(SyncWorld world, int seed, string when)
    {
        var skipped = WatermarkAudit.SkippedLikes(world);
        Assert.True(skipped.Count == 0,
            $"seed {seed}: {when}, the watermark passed likes not in Notion: {string.Join(", ", skipped.Select(like => $"{like.Track.Id} (liked {like.AddedAt:O})"))}");
    }

    private static bool Killed(ScriptEnvironment environment) =>
        environment.Executions.Any(execution => execution.Result is { Succeeded: false } result && result.Error!.Message == Kill);

    /// <summary>The person unlikes one of their liked tracks (keeping a few).</summary>
    private static void Unlike(SpotifyLibrary library, Random random, DateTimeOffset now)
    {
        var liked = library.SavedTracksAt(now);
        if (liked.Count > 10) library.Unlike(liked[random.Next(liked.Count)].Track);
    }
}

using System;
using System.Collections.Generic;
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
/// One seed's world over whole simulated days: a small library synced from scratch by the time-driven trigger at the
/// seed's interval, through faults, latency spikes that get executions killed at 6 minutes, new likes, unlikes and
/// plays, occasional manual runs and a person editing pages, all spread over the days; then fair weather until the
/// sync settles. When a run reports that Spotify wants a new authorization (a refresh whose rotated token was lost
/// with its response, to a fault or a kill), the person authorizes again, as the alert asks. Checks the watermark against Notion after every trigger interval, and at the end that every liked
/// track is in Notion exactly once, no page was lost and no edit overwritten.
/// </summary>
internal static class ChaosWorld
{
    private const string Kill = "Exceeded maximum execution time";

    /// <summary>Small batches: more batch boundaries, watermark saves and kill points per like, and small Spotify pages to parse.</summary>
    private const int BatchSize = 5;

    /// <summary>
    /// The trigger intervals a seed draws from: the longer ones of those Apps Script accepts, since every firing loads
    /// the whole bundle and a day of 5-minute firings (288) per world would cost the test run more than all its storms.
    /// </summary>
    private static readonly int[] IntervalMinutes = [15, 30, 30];

    /// <summary>How often, per simulated hour, the person and the weather act (each at most once per trigger interval).</summary>
    private const double EditsPerHour = 1.0;
    private const double SpikesPerHour = 0.1;
    private const double UnlikesPerHour = 0.1;
    private const double ManualRunsPerHour = 0.1;

    public static async Task RunAsync(int seed)
    {
        var random = new Random(seed);
        var liked = random.Next(15, 41);
        var interval = TimeSpan.FromMinutes(IntervalMinutes[random.Next(IntervalMinutes.Length)]);
        // Every world lives a whole day; one in eight lives two or three, across the daily quotas' reset.
        var days = random.Next(8) == 0 ? random.Next(2, 4) : 1;
        var span = TimeSpan.FromDays(days);
        // One world in eight also runs the recently played trigger; the rest leave it out to keep CI's time.
        var playsMinutes = seed % 8 == 3 ? 30 : 0;
        var name = $"seed {seed} ({interval.TotalMinutes:F0}-minute trigger, {days} day(s){(playsMinutes == 0 ? "" : ", plays every 30 min")})";
        await using var world = await SyncWorld.StartAsync(seed, new LibrarySpec
        {
            Tracks = liked + 10 * days + 20, LikedTracks = liked, Plays = 5, LocalFiles = 1, Episodes = 0,
            OwnedPlaylists = 0, CollaborativePlaylists = 0, FollowedPlaylists = 0, LargestPlaylist = 0,
        });
        var cloud = world.Cloud;
        var environment = cloud.Environment;
        var library = cloud.Spotify.Library;
        world.Run("initializeSpotifySync", new JsonObject { ["syncBatchSize"] = BatchSize, ["triggerIntervalMinutes"] = (int)interval.TotalMinutes, ["recentlyPlayedIntervalMinutes"] = playsMinutes });
        world.Run("setupTimeTrigger");
        var start = cloud.Clock.GetUtcNow();
        library.ScheduleLikes(random.Next(3, 11) * days, start, span);
        library.SchedulePlays(random.Next(3, 11) * days, start, span);
        ChaosFaults.Apply(cloud, random);

        var edits = new PersonEdits();
        var reauthorizations = new List<DateTimeOffset>();
        var scheduler = new TriggerScheduler(environment, world.Project);
        var hours = interval.TotalHours;
        var steps = (int)(span / interval);
        for (var step = 0; step < steps; step++)
        {
            if (!Killed(environment)) ChaosFaults.StallCreates(cloud);
            else if (random.NextDouble() < SpikesPerHour * hours) ChaosFaults.SpikeLatency(cloud);
            else ChaosFaults.Calm(cloud);
            if (random.NextDouble() < EditsPerHour * hours) edits.EditOne(world, random, step);
            if (random.NextDouble() < UnlikesPerHour * hours) Unlike(library, random, cloud.Clock.GetUtcNow());
            if (random.NextDouble() < ManualRunsPerHour * hours) environment.Start(world.Project, random.Next(2) == 0 ? "syncRecentlyPlayed" : "fullSync");
            await LiveAsync(world, scheduler, interval, reauthorizations);
            AssertWatermarkHolds(world, name, $"after step {step}, day {(int)(step * interval / TimeSpan.FromDays(1)) + 1}");
        }
        ChaosFaults.Clear(cloud);
        // Fair weather: long enough for a blocked Spotify to reopen (at most 10 minutes) and a few firings to catch up;
        // when its last runs asked for a new authorization, the firings after it catch up.
        var fairWeather = TimeSpan.FromMinutes(20) + 3 * interval;
        while (await LiveAsync(world, scheduler, fairWeather, reauthorizations)) fairWeather = interval;

        AssertWatermarkHolds(world, name, "at the end");
        var executions = environment.Executions.Select(execution => execution.Result).OfType<ExecutionResult>().ToList();
        var failed = executions.Where(result => !result.Succeeded && result.Error!.Message != Kill).ToList();
        Assert.True(failed.Count == 0, $"{name}: {failed.Count} execution(s) failed other than by the 6-minute kill, the first: {failed.FirstOrDefault()}");
        Assert.True(Killed(environment), $"{name}: the stalled page creations killed no execution");
        var audit = world.Audit();
        Assert.True(audit.Duplicated.Count == 0, $"{name}: tracks with more than one page: {string.Join(", ", audit.Duplicated)}");
        Assert.True(audit.Missing.Count == 0, $"{name}: liked tracks missing from Notion: {string.Join(", ", audit.Missing)} (authorized again at {string.Join(", ", reauthorizations.Select(at => $"{at:HH:mm}"))})");
        var trashed = cloud.Notion.Workspace.Pages(world.Tracks.DataSourceId, includeTrashed: true).Where(page => page.InTrash).ToList();
        Assert.True(trashed.Count == 0, $"{name}: pages lost to the trash: {string.Join(", ", trashed.Select(page => page.Text("Spotify ID")))}");
        var overwritten = edits.Overwritten(world);
        Assert.True(overwritten.Count == 0, $"{name}: a person's edits overwritten: {string.Join("; ", overwritten)}");
        var lived = cloud.Clock.GetUtcNow() - start;
        Assert.True(lived >= TimeSpan.FromDays(1), $"{name}: the world lived {lived}, less than a simulated day");
    }

    /// <summary>
    /// Lets <paramref name="duration"/> pass; if a run in it ended asking for a new authorization, the person gives it
    /// (Spotify's page may fail under the seed's faults; then the next period's runs ask again). True when they did.
    /// </summary>
    private static async Task<bool> LiveAsync(SyncWorld world, TriggerScheduler scheduler, TimeSpan duration, List<DateTimeOffset> reauthorizations)
    {
        var runs = scheduler.RunFor(duration);
        if (!runs.Any(run => run.Result?.Return?["status"]?.GetValue<string>() == "reauthorize")) return false;
        if (await world.AuthorizeAsync() is not { Succeeded: true }) return false;
        reauthorizations.Add(world.Cloud.Clock.GetUtcNow());
        return true;
    }

    private static void AssertWatermarkHolds(SyncWorld world, string name, string when)
    {
        var skipped = WatermarkAudit.SkippedLikes(world);
        Assert.True(skipped.Count == 0,
            $"{name}: {when}, the watermark passed likes not in Notion: {string.Join(", ", skipped.Select(like => $"{like.Track.Id} (liked {like.AddedAt:O})"))}");
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

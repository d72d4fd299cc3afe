using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Triggers;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Spotify.Library;
using SpotifySync.Simulation;

namespace SpotifySync.Demo;

/// <summary>
/// A person's first days with SpotifySync, simulated: a Spotify library of liked tracks, an empty Notion "Music
/// Tracks" database, the Script Properties set as docs/setup.md says, <c>initializeSpotifySync</c> and
/// <c>setupTimeTrigger</c> run from the editor, then the 5-minute sync trigger and the 30-minute recently played
/// trigger firing while new likes and plays arrive, the services answering with realistic latency.
/// </summary>
internal static class DemoRun
{
    public static async Task<DayReport> RunAsync(DemoOptions options, Action<string> say)
    {
        var project = ScriptProject.Load(options.Dist.FullName);
        await using var cloud = await SimulatedCloud.StartAsync(new SimulatedCloudOptions
        {
            Seed = options.Seed,
            // No plays before the first run, so that every play the day brings can be checked as counted exactly once.
            Library = new LibrarySpec { Tracks = options.LikedTracks * 3 / 2, LikedTracks = options.LikedTracks, Plays = 0 },
        });
        var start = cloud.Clock.GetUtcNow();
        var day = TimeSpan.FromDays(options.Days);
        cloud.Spotify.Library.ScheduleLikes(options.NewLikes * options.Days, start, day);
        var plays = cloud.Spotify.Library.SchedulePlays(options.Plays * options.Days, start, day);
        cloud.Spotify.Faults.WithLatency(FaultPlan.AnyEndpoint, LatencyModel.LogNormal(TimeSpan.FromMilliseconds(120), TimeSpan.FromMilliseconds(400)));
        cloud.Notion.Faults.WithLatency(FaultPlan.AnyEndpoint, LatencyModel.LogNormal(TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(700)));
        var tracks = SyncSetup.Prepare(cloud);
        say($"Sandbox: {options.LikedTracks:N0} liked tracks, {options.NewLikes} new likes and {options.Plays} plays a day, an empty Notion database; {project.Files.Count} files of {options.Dist.FullName} under the emulator.");

        foreach (var (function, arguments) in new (string, object?[])[]
        {
            ("initializeSpotifySync", [new JsonObject { ["triggerIntervalMinutes"] = 5 }]),
            ("setupTimeTrigger", []),
        })
        {
            var result = cloud.Environment.Run(project, function, arguments);
            if (!result.Succeeded) throw new DemoFailedException($"{function}() failed: {result.Error}");
            say($"{function}(): {result.Logs.LastOrDefault()?.Message ?? "(no log line)"}");
        }

        var scheduler = new TriggerScheduler(cloud.Environment, project);
        for (var hour = 1; hour <= day.TotalHours; hour++)
        {
            scheduler.RunFor(TimeSpan.FromHours(1));
            if (hour % 3 == 0 || hour == (int)day.TotalHours)
            {
                var audit = LibraryAudit.Of(cloud, tracks.DataSourceId);
                say($"  +{hour,3} h: {scheduler.History.Count(execution => execution.IsComplete)} trigger runs, {audit.LikedTracks - audit.Missing.Count:N0} of {audit.LikedTracks:N0} liked tracks in Notion, {audit.Pages:N0} pages");
            }
        }

        var final = LibraryAudit.Of(cloud, tracks.DataSourceId);
        var runs = scheduler.History.Select(execution => execution.Result).OfType<ExecutionResult>().ToList();
        // The plays after the last recently played run are the next run's to count.
        var lastPlaysRun = runs.Where(run => run.Function == "syncRecentlyPlayed").Select(run => run.Start).DefaultIfEmpty(start).Max();
        return new DayReport(
            final.LikedTracks,
            final.Pages,
            final.Duplicated.Count,
            final.Missing.Count,
            plays.Count(play => play.PlayedAt < lastPlaysRun),
            (int)cloud.Notion.Workspace.Pages(tracks.DataSourceId).Sum(page => page.Number("Play Count") ?? 0),
            runs.Count,
            runs.Count(run => !run.Succeeded),
            runs.Sum(run => run.UrlFetchCount),
            TimeSpan.FromMilliseconds(runs.Sum(run => run.Duration.TotalMilliseconds)),
            TimeSpan.FromMinutes(90 * options.Days),
            runs.MaxBy(run => run.Duration));
    }
}

/// <summary>The demo could not set the sync up; the message says which step and why.</summary>
internal sealed class DemoFailedException(string message) : Exception(message);

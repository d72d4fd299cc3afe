using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using AppsScript.Emulator.Runtime;
using SpotifySync.App.Benchmarks;
using static SpotifySync.Benchmarks.BenchmarkReport;

// Measures what the app costs against the goals of issue 4: the emitted dist/ under the emulator against the
// sandbox, a library of liked tracks synced from scratch by 5-minute triggers, then a day of idle trigger runs.
// Usage: [dist folder (default: the repository's dist/)] [liked tracks (default 10,000)] [seed (default 1)].
const int DefaultLikedTracks = 10_000;
var dist = args.Length > 0 ? Path.GetFullPath(args[0]) : FindDist();
var likedTracks = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : DefaultLikedTracks;
var seed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
if (!File.Exists(Path.Combine(dist, "appsscript.json")))
{
    Console.Error.WriteLine($"{dist} holds no compiled project (no appsscript.json): build it with `dotnet build gas-src` or `dotnet cake --target=Compile`.");
    return 2;
}

Console.WriteLine($"{likedTracks:N0} liked tracks, seed {seed}, {dist} under the emulator; Spotify {AppCostRun.SpotifyLatency}, Notion {AppCostRun.NotionLatency}.");
var wall = Stopwatch.StartNew();
var figures = await AppCostRun.RunAsync(ScriptProject.Load(dist), likedTracks, seed, Console.WriteLine);
wall.Stop();

var f = figures;
var idleDay = TimeSpan.FromDays(1);
PrintTable(new List<(string Measure, string Value)>
{
    ("UrlFetch calls per created page, full sync", Judged($"{f.CallsPerCreatedPage:F3} ({f.FullSyncUrlFetchCalls:N0} calls, {f.PagesCreated:N0} pages)", "≤ 1.05", f.CallsPerCreatedPage <= 1.05)),
    ("UrlFetch calls per idle run (mean of a day)", Judged(
        $"{f.IdleCallsPerRunBesidesRefreshes:F3} besides {f.IdleTokenRefreshes} access-token refreshes in {idleDay.TotalHours:F0} h; {f.IdleCallsPerRun:F3} with them ({f.IdleRunsOfOneCall} of {f.IdleExecutions} runs made 1, at most {f.IdleMaxCalls})",
        "1 plus one refresh an hour (docs/architecture.md)",
        f.IdleCallsPerRunBesidesRefreshes <= 1 && f.IdleTokenRefreshes <= idleDay.TotalHours)),
    ("simulated idle run time, median / mean", $"{f.IdleMedianDuration.TotalMilliseconds:F0} ms / {f.IdleMeanDuration.TotalMilliseconds:F0} ms"),
    ("Notion requests per minute while creating", Judged($"{f.NotionRequestsPerMinute:F1} of {f.NotionBudgetPerMinute} = {f.ShareOfNotionBudget:P1} ({f.NotionRateLimited} answered 429)", "≥ 90%", f.ShareOfNotionBudget >= 0.9)),
    ("trigger minutes per day at idle", Judged($"{f.IdleTriggerRuntime.TotalMinutes:F2} of 90 ({f.IdleExecutions} complete runs in {idleDay.TotalHours:F0} h)", "≤ 10", f.IdleTriggerRuntime.TotalMinutes <= 10)),
    ($"full sync of {f.LikedTracks:N0} liked tracks: executions (failed)", $"{f.FullSyncExecutions} ({f.FailedExecutions})"),
    ($"full sync of {f.LikedTracks:N0} liked tracks: simulated wall time", $"{f.FullSyncWallTime.TotalMinutes:F0} min (setupTimeTrigger to the run reporting done)"),
    ($"full sync of {f.LikedTracks:N0} liked tracks: pages, duplicates, missing", Judged($"{f.PagesInNotion:N0}, {f.Duplicates}, {f.Missing}", "0 duplicates, 0 missing", f.Duplicates == 0 && f.Missing == 0)),
    ("benchmark wall time", $"{wall.Elapsed.TotalSeconds:F0} s"),
});
return 0;

static string Judged(string value, string goal, bool met) => $"{value}; goal {goal}: {(met ? "met" : "MISSED")}";

static string FindDist()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "SpotifySync.sln"))) return Path.Combine(directory.FullName, "dist");
    }
    throw new DirectoryNotFoundException($"No SpotifySync.sln above {AppContext.BaseDirectory}: pass the dist folder as the first argument.");
}

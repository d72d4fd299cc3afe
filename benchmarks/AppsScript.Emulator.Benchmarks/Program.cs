using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AppsScript.Emulator.Runtime;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Spotify;
using SpotifySync.Sandbox.Spotify.Library;
using SpotifySync.Simulation;
using static SpotifySync.Benchmarks.BenchmarkReport;

// Measures the emulator and the sandbox: how many simulated executions of an idle one-fetch run (what a trigger
// run with nothing new costs: the bundle loaded afresh, one UrlFetch to Spotify) the emulator completes per
// second of wall time, in-process and over loopback sockets; and what one call to a simulator costs in-process
// versus on a 127.0.0.1 port.
// With a dist/ folder (the first argument, default the repository's dist/ when it has been built), also the emitted
// bundle's own runs: an idle syncSpotifyToNotion and one that creates 50 pages, in wall and process CPU time.
// Enough warm-up that the first configuration measured does not pay for JIT and tiered compilation.
const int Warmup = 300;
const int Executions = 1000;
const int Calls = 2000;

const string IdleRun = """
    function idleRun() {
      var token = PropertiesService.getScriptProperties().getProperty('SPOTIFY_ACCESS_TOKEN');
      var response = UrlFetchApp.fetch('https://api.spotify.com/v1/me/tracks?limit=50', {
        headers: { Authorization: 'Bearer ' + token },
        muteHttpExceptions: true
      });
      if (response.getResponseCode() !== 200) throw new Error('Spotify answered ' + response.getResponseCode());
      return JSON.parse(response.getContentText()).items.length;
    }
    """;

var rows = new List<(string Measure, string Value)>();
foreach (var loopback in new[] { false, true })
{
    var where = loopback ? "loopback" : "in-process";
    await using var cloud = await StartCloud(loopback);
    cloud.Environment.ScriptProperties.Set("SPOTIFY_ACCESS_TOKEN", cloud.Spotify.Tokens.IssueAccessToken());
    // A realistic Spotify: a skewed latency around 120 ms, spent on the virtual clock, not in wall time.
    cloud.Spotify.Faults.WithLatency("*", LatencyModel.LogNormal(TimeSpan.FromMilliseconds(120), TimeSpan.FromMilliseconds(400)));
    var project = ScriptProject.FromSource(IdleRun);
    for (var i = 0; i < Warmup; i++) Check(cloud.Environment.Run(project, "idleRun"));
    var simulated = TimeSpan.Zero;
    var wall = Stopwatch.StartNew();
    for (var i = 0; i < Executions; i++) simulated += Check(cloud.Environment.Run(project, "idleRun")).Duration;
    wall.Stop();
    rows.Add(($"idle one-fetch executions per second, {where}", $"{Executions / wall.Elapsed.TotalSeconds:F0} (mean {wall.Elapsed.TotalMilliseconds / Executions:F2} ms each)"));
    rows.Add(($"simulated duration of an idle run, {where} (mean)", $"{simulated.TotalMilliseconds / Executions:F0} ms"));
}
foreach (var loopback in new[] { false, true })
{
    await using var cloud = await StartCloud(loopback);
    using var client = new HttpClient(cloud.Apis.CreateHandler());
    var token = cloud.Spotify.Tokens.IssueAccessToken();
    var times = new List<double>();
    for (var i = 0; i < Warmup + Calls; i++)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.spotify.com/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var watch = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        await response.Content.ReadAsStringAsync();
        watch.Stop();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET /v1/me answered {(int)response.StatusCode}.");
        if (i >= Warmup) times.Add(watch.Elapsed.TotalMicroseconds);
    }
    var where = loopback ? "on loopback (Kestrel, 127.0.0.1)" : "in-process (TestServer)";
    rows.Add(($"GET /v1/me {where}, median / p99", $"{Median(times):F0} µs / {Percentile(times, 0.99):F0} µs"));
}
var dist = args.Length > 0 ? args[0] : Path.Combine(RepositoryRoot(), "dist");
if (Directory.Exists(dist))
{
    var bundle = ScriptProject.Load(dist);
    rows.Add(await MeasureDist("idle syncSpotifyToNotion of dist/", Executions / 2, 300, freshWorldPerRun: false, cloud =>
    {
        // The library synced once: every further run finds nothing new.
        Succeeded(cloud.Environment.Run(bundle, "syncSpotifyToNotion"));
        return () => Succeeded(cloud.Environment.Run(bundle, "syncSpotifyToNotion"));
    }, bundle));
    rows.Add(await MeasureDist("syncSpotifyToNotion of dist/ creating 50 pages", 30, 50, freshWorldPerRun: true, cloud =>
        () => Succeeded(cloud.Environment.Run(bundle, "syncSpotifyToNotion")), bundle));
}
PrintTable(rows);
return 0;

// A fresh world per run when the run changes what the next would do (pages created), else every run in one world.
static async Task<(string, string)> MeasureDist(string measure, int runs, int liked, bool freshWorldPerRun, Func<SimulatedCloud, Func<ExecutionResult>> prepare, ScriptProject bundle)
{
    var wall = TimeSpan.Zero;
    var cpu = TimeSpan.Zero;
    var fetches = 0;
    var process = Process.GetCurrentProcess();
    var warmup = freshWorldPerRun ? 3 : 50;
    for (var world = 0; world < (freshWorldPerRun ? runs + warmup : 1); world++)
    {
        await using var cloud = await SimulatedCloud.StartAsync(new SimulatedCloudOptions { Seed = 3 + world, Library = new LibrarySpec { Tracks = liked + 30, LikedTracks = liked, Plays = 0 } });
        SyncSetup.Prepare(cloud);
        Succeeded(cloud.Environment.Run(bundle, "initializeSpotifySync", new JsonObject()));
        var run = prepare(cloud);
        var count = freshWorldPerRun ? 1 : runs + warmup;
        for (var i = 0; i < count; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = run();
            watch.Stop();
            process.Refresh();
            if ((freshWorldPerRun ? world : i) < warmup) continue;
            wall += watch.Elapsed;
            cpu += process.TotalProcessorTime - cpuBefore;
            fetches += result.UrlFetchCount;
        }
    }
    return (measure, $"{wall.TotalMilliseconds / runs:F1} ms wall, {cpu.TotalMilliseconds / runs:F1} ms CPU, {(double)fetches / runs:F1} UrlFetch (mean of {runs})");
}

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "SpotifySync.sln"))) return directory.FullName;
    }
    return ".";
}

static Task<SimulatedCloud> StartCloud(bool loopback) => SimulatedCloud.StartAsync(new SimulatedCloudOptions
{
    Seed = 3,
    Loopback = loopback,
    Library = new LibrarySpec { Tracks = 300, LikedTracks = 200 },
    // Runs follow each other without the minutes between triggers, so Spotify's rolling window would cut in.
    SpotifyRateLimit = new RollingWindow(1_000_000, TimeSpan.FromSeconds(30)),
});

static ExecutionResult Succeeded(ExecutionResult result) =>
    result.Succeeded ? result : throw new InvalidOperationException($"{result.Function} failed: {result}");

static ExecutionResult Check(ExecutionResult result) =>
    result.Succeeded && result.UrlFetchCount == 1 ? result : throw new InvalidOperationException($"The idle run failed: {result}");

using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using System.Threading;
using System;
using Serilog;
using SpotifySync.Companion.Api;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Server;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Sync;
using SpotifySync.Core.Sync;
using SpotifySync.Sandbox.Hosting;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox;
using static SpotifySync.Benchmarks.BenchmarkReport;

// Measures the companion (issue 5, point 8): requests per second and latency of GET /gas/health and GET /gas/status
// under a loopback load generator (HttpClient, N concurrent workers, each sending its next request when the last
// one is answered), and the wall time of a `sync` run with nothing to do, in-process and as the command a cron
// job starts, beside `spotify-sync --help` (the process start alone) measured in turn with it. Usage: [workers]
// [seconds per endpoint] (default 16 and 10).
var workers = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 16;
var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
const int IdleRuns = 20;
// serve signs every route but /gas/health, so the load generator signs its /gas/status requests as `spotify-sync api` does.
const string BenchSecret = "companion-benchmark-webhook-secret";
// What a cron run with nothing to do may cost, from process start to exit (docs/benchmarks.md).
const double IdleGoalMilliseconds = 400;

var root = Directory.CreateTempSubdirectory("spotify-sync-bench-").FullName;
try
{
    // The Notion simulator on loopback with an empty Tracks database: a sync with nothing to do makes its one query.
    var notion = new NotionSimulator(new NotionSimulatorOptions { IntegrationTokens = ["ntn_bench"], Random = new SandboxRandom(1), RequestsPerMinute = 1_000_000 });
    await using var notionHost = await SimulatorHost.StartLoopbackAsync(notion);
    var tracks = notion.Workspace.CreateDatabase("Music Tracks", """
        {"Name":{"title":{}},"Artist":{"rich_text":{}},"Duration":{"number":{}},"Download Status":{"select":{}},
         "Downloaded":{"checkbox":{}},"File Path":{"rich_text":{}},"SoundCloud URL":{"url":{}}}
        """);
    var environment = new Dictionary<string, string?>
    {
        ["HOME"] = root,
        ["PATH"] = Environment.GetEnvironmentVariable("PATH"),
        ["XDG_CONFIG_HOME"] = Path.Combine(root, "config"),
        ["NOTION_TOKEN"] = "ntn_bench",
        ["TRACKS_DB_ID"] = tracks.DatabaseId,
        ["SPOTIFY_SYNC_HOME"] = Path.Combine(root, "home"),
        ["SPOTIFY_SYNC_DOWNLOAD_DIR"] = Path.Combine(root, "music"),
        ["SPOTIFY_SYNC_NOTION_BASE_URL"] = notionHost.BaseAddress.ToString(),
        ["WEBHOOK_SECRET"] = BenchSecret,
        // The stand-in counts its starts: an idle run must make none (the real yt-dlp is a Python start of its own).
        ["SPOTIFY_SYNC_YTDLP"] = Script(root, "yt-dlp", $"echo \"$*\" >> '{Path.Combine(root, "yt-dlp-calls")}'\necho 2025.10.22"),
        ["SPOTIFY_SYNC_CRONTAB"] = Script(root, "crontab", "printf '%s\\n' \"*/5 * * * * spotify-sync sync # spotify-sync:incremental\" \"0 3 * * * spotify-sync sync --mode full # spotify-sync:full\""),
    };
    var configuration = CompanionConfiguration.Load(environment, null);
    var state = new StateStore(configuration.StateFile);
    SeedState(state);
    var silent = new LoggerConfiguration().CreateLogger();

    var rows = new List<(string Measure, string Value)>();
    await using (var server = await GasServer.StartAsync(configuration, silent, 0))
    {
        foreach (var path in new[] { "/gas/health", "/gas/status" })
        {
            await Load(server.BaseAddress, BenchSecret, path, workers, TimeSpan.FromSeconds(2));
            var (count, latencies, elapsed) = await Load(server.BaseAddress, BenchSecret, path, workers, TimeSpan.FromSeconds(seconds));
            rows.Add(($"GET {path}, {workers} workers: requests per second", $"{count / elapsed.TotalSeconds:F0}"));
            rows.Add(($"GET {path}, {workers} workers: latency median / p99", $"{Median(latencies):F2} ms / {Percentile(latencies, 0.99):F2} ms"));
        }
    }

    var runner = new SyncRunner(configuration, state, silent, TimeProvider.System);
    var inProcess = new List<double>();
    for (var i = 0; i < IdleRuns + 3; i++)
    {
        var watch = Stopwatch.StartNew();
        var result = await runner.RunAsync(new SyncRequest(RunIds.New(DateTimeOffset.UtcNow), SyncModes.Incremental, RunTriggers.Schedule), CancellationToken.None);
        watch.Stop();
        if (result.ExitCode != 0 || result.Run!.Pending != 0) throw new InvalidOperationException($"The idle run did something: {result.Message}");
        if (i >= 3) inProcess.Add(watch.Elapsed.TotalMilliseconds);
    }
    rows.Add(("sync with nothing to do, in-process: median / p99", $"{Median(inProcess):F1} ms / {Percentile(inProcess, 0.99):F1} ms"));

    // The idle sync and --help take turns, so that both meet the same load on a shared machine.
    var command = new List<double>();
    var help = new List<double>();
    for (var i = 0; i < IdleRuns + 1; i++)
    {
        var (helpElapsed, helpExitCode, helpOutput) = await Command(environment, "--help");
        if (helpExitCode != 0) throw new InvalidOperationException($"`spotify-sync --help` exited {helpExitCode}: {helpOutput}");
        var (elapsed, exitCode, output) = await Command(environment, "sync", "--mode", "incremental", "--scheduled");
        if (exitCode != 0) throw new InvalidOperationException($"`spotify-sync sync` exited {exitCode}: {output}");
        if (i < 1) continue;
        help.Add(helpElapsed);
        command.Add(elapsed);
    }
    rows.Add(("`spotify-sync --help` (process start to exit): median / p99", $"{Median(help):F0} ms / {Percentile(help, 0.99):F0} ms"));
    rows.Add(("`spotify-sync sync` with nothing to do (process start to exit): median / p99", $"{Median(command):F0} ms / {Percentile(command, 0.99):F0} ms"));
    rows.Add(($"idle `sync` median within {IdleGoalMilliseconds:F0} ms", Median(command) <= IdleGoalMilliseconds ? "yes" : "no"));
    var ytDlpCalls = Path.Combine(root, "yt-dlp-calls");
    rows.Add(("yt-dlp starts of all the idle syncs", $"{(File.Exists(ytDlpCalls) ? File.ReadAllLines(ytDlpCalls).Length : 0)}"));
    rows.Add(("Notion requests of one idle sync", $"{CountNotionRequests(notion, () => runner.RunAsync(new SyncRequest(RunIds.New(DateTimeOffset.UtcNow), SyncModes.Incremental, RunTriggers.Schedule), CancellationToken.None).GetAwaiter().GetResult())}"));
    PrintTable(rows);
    return 0;
}
finally
{
    Directory.Delete(root, recursive: true);
}

// Each worker sends its next request, signed afresh, as soon as the last one is answered, for the duration; returns the answers, their latencies in ms and the time taken.
static async Task<(int Count, List<double> Latencies, TimeSpan Elapsed)> Load(Uri baseAddress, string secret, string path, int workers, TimeSpan duration)
{
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers });
    var client = new GasApiClient(http, baseAddress, secret, TimeProvider.System);
    var latencies = new List<double>[workers];
    var total = Stopwatch.StartNew();
    var deadline = DateTime.UtcNow + duration;
    await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
    {
        var mine = latencies[worker] = [];
        while (DateTime.UtcNow < deadline)
        {
            var watch = Stopwatch.StartNew();
            var answer = await client.GetAsync(path.TrimStart('/'), CancellationToken.None);
            watch.Stop();
            if (!answer.Succeeded) throw new InvalidOperationException($"GET {path} answered {answer.Refusal()}.");
            mine.Add(watch.Elapsed.TotalMilliseconds);
        }
    })));
    total.Stop();
    var all = latencies.SelectMany(l => l).ToList();
    return (all.Count, all, total.Elapsed);
}

// The state a companion has after a while: 20 runs and 50 webhook events, which GET /gas/status reads and summarises.
static void SeedState(StateStore state) => state.Update(s =>
{
    for (var i = 0; i < CompanionState.KeptRuns; i++)
    {
        s.AddRun(new RunRecord { RunId = $"20261101T0{i % 10}0000Z-{i:x8}", Mode = SyncModes.Incremental, Trigger = "cron", Outcome = RunOutcomes.Succeeded, ExitCode = 0, StartedAt = "2026-11-01T00:00:00Z", FinishedAt = "2026-11-01T00:00:02Z", Downloaded = i % 3 });
    }
    for (var i = 0; i < CompanionState.KeptEvents; i++)
    {
        s.AddEvent(new WebhookEvent { Event = "syncSpotifyToNotion", ReceivedAt = "2026-11-01T00:00:00Z" });
    }
});

static async Task<(double Milliseconds, int ExitCode, string Output)> Command(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
{
    var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "spotify-sync")) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var argument in arguments) start.ArgumentList.Add(argument);
    start.Environment.Clear();
    foreach (var (name, value) in environment) start.Environment[name] = value;
    // The benchmark runs through its own apphost, so the .NET installation is found from the runtime it runs on
    // (DOTNET_ROOT/shared/Microsoft.NETCore.App/VERSION/), not from the process's path.
    start.Environment["DOTNET_ROOT"] = Environment.GetEnvironmentVariable("DOTNET_ROOT")
        ?? Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
    var watch = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var error = process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    watch.Stop();
    return (watch.Elapsed.TotalMilliseconds, process.ExitCode, await output + await error);
}

static int CountNotionRequests(NotionSimulator notion, Action run)
{
    var before = notion.Traffic.Count();
    run();
    return notion.Traffic.Count() - before;
}

// A stand-in program: a shell script, as the tests' stand-ins are (the real yt-dlp and crontab are not needed to measure the companion).
static string Script(string root, string name, string body)
{
    var path = Path.Combine(root, "bin", name);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
    if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    return path;
}

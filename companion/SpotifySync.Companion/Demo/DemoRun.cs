using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using AppsScript.Emulator;
using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Time;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Emulation;
using SpotifySync.Companion.Logging;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.Server;
using SpotifySync.Companion.State;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.Companion.Demo;

/// <summary>
/// <c>spotify-sync demo</c>: the whole loop in one run, in real time on loopback. The sandbox's Spotify and Notion;
/// the emitted <c>dist/</c> under the Apps Script emulator, reaching them through <see cref="SandboxWorld"/>'s
/// transport; the companion's own webhook API (<c>serve</c>) with the built-in stand-in downloader; and the web
/// app's <c>doPost</c> behind a loopback URL. Apps Script syncs the likes into Notion and notifies the companion
/// (signed), the companion downloads the new tracks, writes their status back to Notion and reports to doPost.
/// </summary>
public static class DemoRun
{
    public static async Task<DemoSummary> RunAsync(DirectoryInfo dist, int likedTracks, int seed, string folder, Action<string> say)
    {
        var project = GasRun.LoadProject(dist);
        // One clock for everyone: Notion counts the script's and the companion's requests against one rate budget, in the
        // time both see, while the script's pacing sleeps are skipped rather than waited.
        await using var world = await SandboxWorld.StartAsync(likedTracks, seed, tracksSchema: false, new FastForwardClock());
        say($"1. Sandbox on loopback: Spotify at {world.Apis.SpotifyHost.BaseAddress} with {likedTracks} liked tracks, Notion at {world.Apis.NotionHost.BaseAddress} with an empty Music Tracks database.");

        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        using var script = new ScriptEnvironment(new ScriptEnvironmentOptions { Clock = world.Clock, ScriptId = SandboxWorld.ScriptId }, world.CreateTransport());
        using var gate = new SemaphoreSlim(1, 1);
        await using var webApp = await WebAppBridge.StartAsync(script, project, gate, result =>
            say($"   Apps Script doPost: {(result.Succeeded ? result.Output?.Content : result.Error?.ToString())}"));
        say($"2. Apps Script: {project.Files.Count} files of {dist.FullName} under the emulator; the web app's doPost at {webApp.Url}.");

        var configuration = CompanionConfiguration.Load(new Dictionary<string, string?>
        {
            ["HOME"] = folder,
            ["XDG_CONFIG_HOME"] = Path.Combine(folder, "config"),
            [Settings.NotionToken.Name] = SandboxWorld.NotionToken,
            [Settings.TracksDbId.Name] = world.Tracks.DatabaseId,
            [Settings.WebhookSecret.Name] = secret,
            [Settings.GasWebAppUrl.Name] = webApp.Url.ToString(),
            [Settings.NotionBaseUrl.Name] = world.Apis.NotionHost.BaseAddress.ToString(),
            [Settings.NotionRequestsPerSecond.Name] = "10",
            [Settings.Home.Name] = Path.Combine(folder, "home"),
            [Settings.DownloadDir.Name] = Path.Combine(folder, "music"),
        }, null);
        using var log = CompanionLog.Create(configuration, CompanionLog.ServerLog);
        var downloader = new StandInDownloader(world.StandInCatalog(), configuration.DownloadDir);
        await using var companion = await GasServer.StartAsync(configuration, log, 0, downloader, world.Clock);
        say($"3. Companion: serve at {companion.BaseAddress} (signed with WEBHOOK_SECRET), state in {configuration.Home}.");
        say($"   Downloads use the BUILT-IN STAND-IN for yt-dlp: no network, no audio; it writes a small text file per track ({StandInDownloader.Version}).");

        foreach (var (name, value) in world.ScriptProperties) script.ScriptProperties.Set(name, value);
        script.ScriptProperties.Set(SettingNames.CompanionUrl, companion.BaseAddress.ToString().TrimEnd('/'));
        script.ScriptProperties.Set(SettingNames.WebhookSecret, secret);

        var initialization = await RunAsync(script, project, gate, "initializeSpotifySync", new JsonObject { ["triggerIntervalMinutes"] = 5 });
        say($"4. initializeSpotifySync(): {initialization.Logs.LastOrDefault()?.Message}");
        var sync = await RunAsync(script, project, gate, "syncSpotifyToNotion", null);
        // The first run of the incremental sync hands over to the full sync, whose counts are its own.
        var created = (sync.Return?["tracks"]?["created"]?.GetValue<int>() ?? 0) + (sync.Return?["fullSync"]?["tracks"]?["created"]?.GetValue<int>() ?? 0);
        say($"5. syncSpotifyToNotion(): {sync.Return?["summary"]?.GetValue<string>()} ({sync.UrlFetchCount} UrlFetchApp requests); it notified the companion.");

        say("   The companion's run downloads the new tracks and writes each one's Download Status to Notion, within the 180 requests a minute that Notion allows and that it shares with Apps Script...");
        await companion.Service.Runs.Current;
        var state = companion.Service.State.Read();
        foreach (var received in state.Events.AsEnumerable().Reverse()) say($"6. Companion: webhook {received.Event} received{(received.RunId is null ? "" : $", run {received.RunId} started")}.");
        foreach (var run in state.Runs.AsEnumerable().Reverse())
        {
            say($"7. Companion run {run.RunId} ({run.Trigger}): {run.Pending} pending, {run.Downloaded} downloaded, {run.NotFound} not found, {run.Failed} failed; Download Status written back to Notion; {Ending(run)}.");
        }

        var query = WebhookSignature.SignedQuery(new DotNetCrypto(), secret, WebhookSignature.WebAppRequestLine("status"), world.Clock.GetUtcNow().ToUnixTimeSeconds());
        var status = await RunAsync(gate, "doGet", () => script.RunDoGet(project, WebAppRequest.Get(query, "status")));
        var reports = JsonNode.Parse(status.Output?.Content ?? "{}")?["companionEvents"]?.AsArray().Count ?? 0;
        say($"8. Apps Script web app status (a signed GET): {reports} companion report(s) recorded.");

        var pages = world.Pages();
        var ids = pages.Select(page => page.Text("Spotify ID")).ToList();
        var statuses = pages.Select(page => page.Select("Download Status")).ToList();
        return new DemoSummary(
            world.LikedTracks().Count,
            pages.Count,
            ids.Count - ids.Distinct().Count(),
            created,
            state.Events.Count,
            state.Runs.Count,
            state.Runs.Where(run => run.Outcome != RunOutcomes.Succeeded).Select(run => $"run {run.RunId} {Ending(run)}").ToList(),
            statuses.Count(s => s == "Downloaded"),
            statuses.Count(s => s == "Not Found"),
            statuses.Count(s => s == "Failed"),
            reports);
    }

    /// <summary>How a companion run ended, with its first error when it has one.</summary>
    private static string Ending(RunRecord run) => run.Errors.Count == 0 ? run.Outcome : $"{run.Outcome}: {run.Errors[0]}";

    /// <summary>Runs a function as the editor's Run button does, under the gate (the web app bridge may run doPost meanwhile); a failed execution stops the demo.</summary>
    private static Task<ExecutionResult> RunAsync(ScriptEnvironment script, ScriptProject project, SemaphoreSlim gate, string function, JsonNode? argument) =>
        RunAsync(gate, function, () => script.Run(project, function, argument is null ? [] : [argument]));

    private static async Task<ExecutionResult> RunAsync(SemaphoreSlim gate, string function, Func<ExecutionResult> run)
    {
        await gate.WaitAsync();
        try
        {
            var result = run();
            if (!result.Succeeded) throw new DemoFailedException($"{function} failed: {result.Error}");
            return result;
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>A step of the demo failed; the message says which and why.</summary>
public sealed class DemoFailedException(string message) : Exception(message);

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Emulation;
using SpotifySync.Core.Notion;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// <c>gas run</c> in real time: the emitted bundle against the sandbox on loopback with the system clock, the Notion
/// simulator's own clock telling when each request arrived.
/// </summary>
public sealed class GasRunRealTimeTests
{
    private const int LikedTracks = 6;

    [Fact]
    public async Task In_real_time_the_pacing_sleeps_of_the_app_pass_on_the_wall_clock()
    {
        await using var sandbox = await SandboxWorld.StartAsync(LikedTracks, seed: 5, tracksSchema: true, GasClocks.Create(GasClocks.Real, sandbox: true));
        await WarmUp(sandbox);
        var output = new StringWriter();
        var error = new StringWriter();
        var request = new GasRunRequest("syncSpotifyToNotion", new DirectoryInfo(RepositoryDist.Folder()), [], null, Sandbox: true, LikedTracks, Seed: 5, GasClocks.Real);

        var stopwatch = Stopwatch.StartNew();
        var exitCode = GasRun.Run(request, sandbox, new Dictionary<string, string?>(), output, error);
        var elapsed = stopwatch.Elapsed;

        Assert.True(exitCode == ExitCodes.Success, $"exit {exitCode}: {error}\n{output}");
        Assert.Contains(", in real time", output.ToString());
        Assert.Equal(LikedTracks, sandbox.Pages().Count);
        // The database, the dedupe query, one create per track and the closing query: the same every run for this seed.
        var requests = sandbox.Apis.Notion.Traffic.Entries.Count;
        Assert.Equal(LikedTracks + 3, requests);
        // The app starts each Notion request at least an interval after the one before, sleeping in between: in real
        // time those sleeps pass on the wall clock, so the run cannot take less. (When the requests reach the server
        // depends on how busy the machine is, so their gaps there prove nothing either way.) On the simulated clock
        // the same run takes a few milliseconds a request.
        var interval = TimeSpan.FromMilliseconds(1000 / NotionClient.DefaultRequestsPerSecond);
        Assert.True(elapsed >= (requests - 1) * interval, $"{elapsed.TotalMilliseconds:0} ms for {requests} Notion requests");
    }

    [Fact]
    public async Task With_the_sandbox_the_simulated_clock_is_the_default_and_the_notion_requests_come_back_to_back()
    {
        await using var sandbox = await SandboxWorld.StartAsync(LikedTracks, seed: 5, tracksSchema: true, GasClocks.Create(null, sandbox: true));
        var output = new StringWriter();
        var request = new GasRunRequest("syncSpotifyToNotion", new DirectoryInfo(RepositoryDist.Folder()), [], null, Sandbox: true, LikedTracks, Seed: 5);

        var exitCode = GasRun.Run(request, sandbox, new Dictionary<string, string?>(), output, new StringWriter());

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains(", on a simulated clock (Utilities.sleep takes no real time)", output.ToString());
        Assert.Equal(LikedTracks, sandbox.Pages().Count);
        // The execution's clock moved by the pacing's sleeps: at least an interval per Notion request after the first.
        var duration = int.Parse(Regex.Match(output.ToString(), @"duration: (\d+) ms of the execution's clock").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(duration >= (LikedTracks + 2) * (1000 / NotionClient.DefaultRequestsPerSecond), $"{duration} ms on the execution's clock");
    }

    /// <summary>One request to the Notion simulator before the run, so that the server's first-request setup (its routes) is not counted in the run's first gap.</summary>
    private static async Task WarmUp(SandboxWorld sandbox)
    {
        using var client = new HttpClient { BaseAddress = sandbox.Apis.NotionHost.BaseAddress };
        using var response = await client.GetAsync("/v1/users/me");
        sandbox.Apis.Notion.Traffic.Clear();
    }
}

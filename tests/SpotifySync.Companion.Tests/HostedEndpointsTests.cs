using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Microsoft.AspNetCore.Http;
using SpotifySync.Companion.Api;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Locking;
using SpotifySync.Companion.Server;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary><c>MapGasEndpoints</c> mounted in a person's own ASP.NET Core app rather than <c>spotify-sync serve</c>.</summary>
public sealed class HostedEndpointsTests
{
    [Fact]
    public async Task In_any_app_the_routes_are_not_registered_without_WEBHOOK_SECRET()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var builder = WebApplication.CreateSlimBuilder();

        var exception = Assert.Throws<ConfigurationException>(() => builder.Services.AddGasService(sandbox.Configuration(), new LoggerConfiguration().CreateLogger()));

        Assert.Contains("WEBHOOK_SECRET is not set", exception.Message);
    }

    [Fact]
    public async Task In_any_app_the_routes_answer_signed_requests_and_stopping_the_host_cancels_a_run_still_going_and_frees_the_lock()
    {
        await using var sandbox = (await CompanionSandbox.StartAsync()).WithWebhookSecret();
        // yt-dlp --version waits for this file, which never comes: the run goes on until it is cancelled.
        sandbox.Set("STANDIN_YTDLP_GATE", Path.Combine(sandbox.Root, "gate"));
        sandbox.AddTrack("Midnight City", "M83", 244);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddGasService(sandbox.Configuration(), new LoggerConfiguration().CreateLogger());
        var app = builder.Build();
        app.MapGet("/", () => "the person's own page");
        app.MapGasEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var client = new GasApiClient(http, new Uri(address), CompanionSandbox.WebhookSecret, TimeProvider.System);
        var runs = app.Services.GetRequiredService<RunCoordinator>();

        using var health = await http.GetAsync("/gas/health");
        using var own = await http.GetAsync("/");
        using var unsigned = await http.PostAsync("/gas/trigger-sync", new StringContent("""{"mode":"incremental"}""", Encoding.UTF8, "application/json"));
        var accepted = await client.PostAsync("gas/trigger-sync", """{"mode":"incremental"}""", default);
        var holder = await sandbox.WaitForLockAsync(Environment.ProcessId);
        var running = runs.Current.IsCompleted;
        await app.DisposeAsync();

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("the person's own page", await own.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(StatusCodes.Status202Accepted, accepted.Status);
        Assert.False(running);
        Assert.True(runs.Current.IsCompleted, "the host stopped with the run still going");
        Assert.Null(SyncLock.Read(sandbox.LockFile));
        Assert.Equal(holder.RunId, Assert.Single(sandbox.State.Read().Runs).RunId);
    }
}

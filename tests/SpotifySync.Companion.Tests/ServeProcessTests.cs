using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using SpotifySync.Companion.Api;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Status;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary><c>spotify-sync serve</c> as a real child process: it says where it serves, answers there, logs, and stops on Ctrl+C.</summary>
public sealed class ServeProcessTests
{
    [Fact]
    public async Task Serve_prints_its_address_answers_health_there_logs_to_webhook_server_log_and_stops_cleanly_on_Ctrl_C()
    {
        await using var sandbox = (await CompanionSandbox.StartAsync()).WithWebhookSecret();
        // SPOTIFY_SYNC_PORT takes 1 to 65535, not 0, so the test asks the system for a free port and lets it go for serve to take.
        var port = LoopbackPorts.Free();
        sandbox.Set("SPOTIFY_SYNC_PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var serve = ToolProcess.Start(sandbox.Environment, "serve");

        var first = await serve.ReadOutputLineAsync();
        if (first is null) Assert.Fail($"serve exited before serving: {(await serve.WaitAsync()).Error}");
        Assert.Equal($"spotify-sync: serving on http://127.0.0.1:{port}/ (Ctrl+C stops)", first);

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        using var health = await http.GetAsync("/gas/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("application/json", health.Content.Headers.ContentType?.MediaType);
        using (var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync()))
        {
            Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
            Assert.Equal(CompanionVersion.Current, body.RootElement.GetProperty("version").GetString());
            Assert.True(body.RootElement.GetProperty("uptimeSeconds").GetDouble() >= 0);
            Assert.True(body.RootElement.GetProperty("startedAt").GetDateTimeOffset() <= DateTimeOffset.UtcNow);
        }

        // A request the server logs: a notification of Apps Script's that starts no run.
        var webhook = await new GasApiClient(http, http.BaseAddress, CompanionSandbox.WebhookSecret, TimeProvider.System).PostAsync("gas/webhook", """{"event":"sync.completed"}""", default);
        Assert.Equal(200, webhook.Status);
        Assert.Equal("sync.completed", Assert.Single(sandbox.State.Read().Events).Event);

        serve.Interrupt();
        var stopped = await serve.WaitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(ExitCodes.Success, stopped.ExitCode);
        Assert.Equal("", stopped.Error);
        Assert.Equal($"spotify-sync: serving on http://127.0.0.1:{port}/ (Ctrl+C stops)\n", stopped.Output);
        var log = File.ReadAllLines(Path.Combine(sandbox.Home, "logs", "webhook_server.log"));
        Assert.Equal(2, log.Length);
        Assert.EndsWith($"[INF] Serving the webhook API on http://127.0.0.1:{port}", log[0]);
        Assert.EndsWith("[INF] Webhook event sync.completed recorded", log[1]);
        Assert.DoesNotContain(CompanionSandbox.NotionToken, string.Join('\n', log));
        // Stopped means the port is free again.
        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
    }

    [Fact]
    public async Task Serve_without_WEBHOOK_SECRET_exits_3_saying_how_to_make_one()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        using var serve = ToolProcess.Start(sandbox.Environment, "serve");
        // A serve that starts anyway never exits: fail then instead of hanging (disposing the process stops it).
        var result = await serve.WaitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(ExitCodes.Configuration, result.ExitCode);
        Assert.Equal(
            "spotify-sync: WEBHOOK_SECRET is not set: every request of the webhook API but GET /gas/health is signed with it, wherever the server listens (a tunnel " +
            "brings every request from 127.0.0.1). Run `spotify-sync secret` to write a new one to the config file (~/.config/spotify-sync/config.json), then set " +
            "Apps Script's Script Property WEBHOOK_SECRET to the value it prints.\n",
            result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Serve_on_a_port_in_use_says_so_in_one_line_with_how_to_pick_another_and_exits_11()
    {
        await using var sandbox = (await CompanionSandbox.StartAsync()).WithWebhookSecret();
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port;
        sandbox.Set("SPOTIFY_SYNC_PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var serve = ToolProcess.Start(sandbox.Environment, "serve");
        var result = await serve.WaitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(ExitCodes.AddressInUse, result.ExitCode);
        Assert.Equal(
            $"spotify-sync: 127.0.0.1:{port} is in use by another program (another spotify-sync serve?): stop it, or set SPOTIFY_SYNC_PORT to a free port, " +
            "in the config file or the environment, and point the tunnel at that port.\n",
            result.Error);
        Assert.Equal("", result.Output);
    }
}

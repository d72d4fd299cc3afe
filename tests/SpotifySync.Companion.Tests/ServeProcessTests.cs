using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
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
        await using var sandbox = await CompanionSandbox.StartAsync();
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

        // A request the server logs: an event of Apps Script's that starts no run (no WEBHOOK_SECRET, so unsigned).
        using var webhook = await http.PostAsync("/gas/webhook", new StringContent("""{"event":"sync.completed"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, webhook.StatusCode);
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
}

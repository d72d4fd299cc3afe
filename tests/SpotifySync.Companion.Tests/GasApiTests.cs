using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Serilog;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.Server;
using SpotifySync.Companion.State;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Webhooks;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>The webhook API over real HTTP on a loopback port.</summary>
public sealed class GasApiTests
{
    private const string Secret = "webhook-test-secret";

    [Fact]
    public async Task Health_gives_the_version_and_uptime()
    {
        await using var api = await Api.StartAsync();
        using var response = await api.Http.GetAsync("/gas/health");
        var body = await Json(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal("0.1.0", body.GetProperty("version").GetString());
        Assert.True(body.GetProperty("uptimeSeconds").GetDouble() >= 0);
    }

    [Fact]
    public async Task A_signed_webhook_is_recorded_and_a_wrong_expired_or_replayed_one_is_refused_with_401()
    {
        await using var api = await Api.StartAsync();
        const string body = """{"event":"sync.completed","data":{"created":0}}""";
        var now = DateTimeOffset.UtcNow;

        using var valid = await api.PostSignedAsync("/gas/webhook", body, now);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.True((await Json(valid)).GetProperty("recorded").GetBoolean());
        Assert.Equal("sync.completed", Assert.Single(api.Sandbox.State.Read().Events).Event);

        using var replayed = await api.PostSignedAsync("/gas/webhook", body, now);
        await AssertError(replayed, HttpStatusCode.Unauthorized, "invalid_signature", "already received");

        using var expired = await api.PostSignedAsync("/gas/webhook", body, now.AddMinutes(-6));
        await AssertError(expired, HttpStatusCode.Unauthorized, "invalid_signature", "more than 5 minutes");

        using var wrong = await api.PostAsync("/gas/webhook", body, "application/json", $"{now.ToUnixTimeSeconds()}", new string('0', 64));
        await AssertError(wrong, HttpStatusCode.Unauthorized, "invalid_signature", "does not match");

        using var unsigned = await api.PostAsync("/gas/webhook", body, "application/json", null, null);
        await AssertError(unsigned, HttpStatusCode.Unauthorized, "invalid_signature", "not signed");

        Assert.Single(api.Sandbox.State.Read().Events);
    }

    [Theory]
    [InlineData("/gas/webhook", "{\"event\":", "application/json", HttpStatusCode.BadRequest, "invalid_json")]
    [InlineData("/gas/webhook", "[1,2]", "application/json", HttpStatusCode.BadRequest, "invalid_json")]
    [InlineData("/gas/webhook", "{\"event\":42}", "application/json", HttpStatusCode.UnprocessableEntity, "invalid_request")]
    [InlineData("/gas/webhook", "{\"data\":{}}", "application/json", HttpStatusCode.UnprocessableEntity, "invalid_request")]
    [InlineData("/gas/webhook", "{\"event\":\"x\",\"extra\":1}", "application/json", HttpStatusCode.UnprocessableEntity, "invalid_request")]
    [InlineData("/gas/webhook", "{\"event\":\"x\"}", "text/plain", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type")]
    [InlineData("/gas/config", "{\"syncEnabled\":\"yes\"}", "application/json", HttpStatusCode.UnprocessableEntity, "invalid_request")]
    [InlineData("/gas/config", "{\"syncMode\":\"hourly\"}", "application/json", HttpStatusCode.UnprocessableEntity, "invalid_request")]
    [InlineData("/gas/config", "{}", "application/json", HttpStatusCode.UnprocessableEntity, "invalid_request")]
    [InlineData("/gas/trigger-sync", "{\"mode\":7}", "application/json", HttpStatusCode.UnprocessableEntity, "invalid_request")]
    [InlineData("/gas/trigger-sync", "{\"mode\":\"x\"}", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type")]
    public async Task Bad_input_is_answered_with_a_JSON_error_and_changes_no_state(string path, string body, string contentType, HttpStatusCode status, string error)
    {
        await using var api = await Api.StartAsync();
        using var response = await api.PostAsync(path, body, contentType, sign: true);
        await AssertError(response, status, error, "");
        Assert.False(File.Exists(api.Sandbox.StateFile));
        Assert.False(File.Exists(api.Sandbox.LockFile));
    }

    [Fact]
    public async Task A_body_over_64_KB_is_refused_with_413_and_changes_no_state()
    {
        await using var api = await Api.StartAsync();
        var body = "{\"event\":\"x\",\"data\":\"" + new string('a', 70 * 1024) + "\"}";
        using var response = await api.PostAsync("/gas/webhook", body, "application/json", sign: true);
        await AssertError(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large", "64 KB");
        Assert.False(File.Exists(api.Sandbox.StateFile));
    }

    [Fact]
    public async Task Ten_simultaneous_trigger_sync_calls_start_one_run_and_the_others_get_409()
    {
        // The stand-in yt-dlp's --version waits for the gate file, so the run holds the lock until every call is answered.
        await using var api = await Api.StartAsync(configure: sandbox => sandbox.Set("STANDIN_YTDLP_GATE", Path.Combine(sandbox.Root, "gate")));
        var gate = Path.Combine(api.Sandbox.Root, "gate");
        var page = api.Sandbox.AddTrack("Midnight City", "M83", 244);

        var calls = Enumerable.Range(0, 10).Select(i => api.PostAsync("/gas/trigger-sync", "{\"mode\":\"incremental\"}", "application/json", sign: true, at: DateTimeOffset.UtcNow.AddSeconds(-i)));
        var responses = await Task.WhenAll(calls);

        var accepted = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Accepted);
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict)) await AssertError(conflict, HttpStatusCode.Conflict, "sync_running", "A sync is running");
        var runId = (await Json(accepted)).GetProperty("runId").GetString();
        File.WriteAllText(gate, "");
        await api.Server.Service.Runs.Current;

        var run = Assert.Single(api.Sandbox.State.Read().Runs);
        Assert.Equal((runId, "trigger-sync", RunOutcomes.Succeeded), (run.RunId, run.Trigger, run.Outcome));
        Assert.Equal("Downloaded", api.Sandbox.Page(page).Select("Download Status"));
        Assert.False(File.Exists(api.Sandbox.LockFile));
    }

    [Fact]
    public async Task A_tracks_added_webhook_starts_a_run_and_status_reports_it_with_the_next_scheduled_run()
    {
        await using var api = await Api.StartAsync();
        File.WriteAllText(api.Sandbox.CrontabFile, "0 3 * * * '/opt/spotify-sync' sync --mode full # spotify-sync:full\n");
        api.Sandbox.AddTrack("Midnight City", "M83", 244);

        using var webhook = await api.PostAsync("/gas/webhook", """{"event":"tracks.added","data":{"count":1}}""", "application/json", sign: true);
        Assert.Equal(HttpStatusCode.Accepted, webhook.StatusCode);
        var runId = (await Json(webhook)).GetProperty("runId").GetString();
        await api.Server.Service.Runs.Current;

        using var response = await api.Http.GetAsync("/gas/status");
        var status = await Json(response);
        var run = status.GetProperty("lastRuns")[0];
        Assert.Equal(runId, run.GetProperty("runId").GetString());
        Assert.Equal("webhook", run.GetProperty("trigger").GetString());
        Assert.Equal(1, status.GetProperty("counts").GetProperty("downloaded").GetInt32());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("running").ValueKind);
        var next = status.GetProperty("nextScheduledRun");
        Assert.Equal("full", next.GetProperty("mode").GetString());
        var at = next.GetProperty("at").GetDateTimeOffset().ToLocalTime();
        Assert.Equal((3, 0), (at.Hour, at.Minute));
        Assert.Equal(runId, status.GetProperty("events")[0].GetProperty("runId").GetString());
    }

    [Fact]
    public async Task The_sync_cores_notification_of_created_pages_is_accepted_and_starts_a_run()
    {
        await using var api = await Api.StartAsync();
        api.Sandbox.AddTrack("Teardrop", "Massive Attack", 330);
        using var http = new HttpClient();
        var notifier = new CompanionNotifier(new HttpClientHttp(http), new DotNetCrypto(), new SystemClock(TimeProvider.System),
            new CoreLog(new LoggerConfiguration().CreateLogger()), api.Server.BaseAddress.ToString(), Secret);

        Assert.True(notifier.Notify("syncSpotifyToNotion", ["4uLU6hMCjMI75M1A2tKUQC"]));
        await api.Server.Service.Runs.Current;

        var recorded = Assert.Single(api.Sandbox.State.Read().Events);
        Assert.Equal("syncSpotifyToNotion", recorded.Event);
        Assert.Equal(1, recorded.Data!.Value.GetProperty("created").GetInt32());
        var run = Assert.Single(api.Sandbox.State.Read().Runs);
        Assert.Equal((recorded.RunId, "webhook", 1), (run.RunId, run.Trigger, run.Downloaded));
    }

    [Fact]
    public async Task Config_persists_the_switches_and_adds_then_updates_the_Notion_configuration_row_writing_only_what_changed()
    {
        await using var api = await Api.StartAsync(configure: sandbox =>
        {
            var config = sandbox.Notion.Workspace.CreateDatabase("Automations", CompanionSandbox.ConfigurationSchema);
            sandbox.Set("CONFIG_DB_ID", config.DataSourceId);
        });
        var dataSource = api.Sandbox.Configuration().ConfigDbId!;

        using var first = await api.PostAsync("/gas/config", """{"syncEnabled":false,"syncMode":"full"}""", "application/json", sign: true);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.StartsWith("added", (await Json(first)).GetProperty("notion").GetString());
        using var second = await api.PostAsync("/gas/config", """{"cronActive":true}""", "application/json", sign: true, at: DateTimeOffset.UtcNow.AddSeconds(-1));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.StartsWith("updated", (await Json(second)).GetProperty("notion").GetString());
        using var third = await api.PostAsync("/gas/config", """{"syncMode":"full"}""", "application/json", sign: true, at: DateTimeOffset.UtcNow.AddSeconds(-2));
        Assert.StartsWith("unchanged", (await Json(third)).GetProperty("notion").GetString());

        var automation = api.Sandbox.State.Read().Automation;
        Assert.Equal((false, "full", true), (automation.SyncEnabled, automation.SyncMode, automation.CronActive));
        var row = Assert.Single(api.Sandbox.Notion.Workspace.Pages(dataSource));
        Assert.Equal("Companion", row.Text("Name"));
        Assert.Equal("Cron", row.Select("Trigger Type"));
        Assert.False(row.Checkbox("Sync Enabled"));
        Assert.Equal("full", row.Select("Sync Mode"));
        Assert.True(row.Checkbox("Cron Active"));
    }

    [Fact]
    public async Task A_bind_other_machines_can_reach_is_refused_without_a_secret()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("SPOTIFY_SYNC_BIND", "0.0.0.0");
        var exception = await Assert.ThrowsAsync<ConfigurationException>(() => GasServer.StartAsync(sandbox.Configuration(), new LoggerConfiguration().CreateLogger(), 0));
        Assert.Contains("WEBHOOK_SECRET", exception.Message);
        Assert.Contains("SPOTIFY_SYNC_BIND is 0.0.0.0", exception.Message);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static async Task AssertError(HttpResponseMessage response, HttpStatusCode status, string error, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await Json(response);
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.Contains(detail, body.GetProperty("detail").GetString());
    }

    /// <summary>The server of one test on a free loopback port, over a sandbox, with WEBHOOK_SECRET set.</summary>
    private sealed class Api : IAsyncDisposable
    {
        private Api(CompanionSandbox sandbox, GasServer server)
        {
            Sandbox = sandbox;
            Server = server;
            Http = new HttpClient { BaseAddress = server.BaseAddress };
        }

        public CompanionSandbox Sandbox { get; }
        public GasServer Server { get; }
        public HttpClient Http { get; }

        public static async Task<Api> StartAsync(Action<CompanionSandbox>? configure = null)
        {
            var sandbox = await CompanionSandbox.StartAsync();
            sandbox.Set("WEBHOOK_SECRET", Secret);
            configure?.Invoke(sandbox);
            var server = await GasServer.StartAsync(sandbox.Configuration(), new LoggerConfiguration().CreateLogger(), 0);
            return new Api(sandbox, server);
        }

        public Task<HttpResponseMessage> PostSignedAsync(string path, string body, DateTimeOffset at) => PostAsync(path, body, "application/json", sign: true, at);

        public Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, bool sign, DateTimeOffset? at = null)
        {
            var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
            return sign ? PostAsync(path, body, contentType, $"{timestamp}", WebhookSignature.Sign(new DotNetCrypto(), Secret, timestamp, body)) : PostAsync(path, body, contentType, null, null);
        }

        public Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, string? timestamp, string? signature)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
            if (timestamp is not null) request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
            if (signature is not null) request.Headers.Add(WebhookSignature.SignatureHeader, signature);
            return Http.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Server.DisposeAsync();
            await Sandbox.DisposeAsync();
        }
    }
}

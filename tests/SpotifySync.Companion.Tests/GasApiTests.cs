using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
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

/// <summary>The webhook API's routes over real HTTP on a loopback port, signed as Apps Script and <c>spotify-sync api</c> sign (docs/security.md has what it refuses).</summary>
public sealed class GasApiTests
{
    [Fact]
    public async Task Health_is_unsigned_and_counts_its_uptime_from_the_servers_start_not_the_first_request()
    {
        var time = new ManualTime(DateTimeOffset.UtcNow);
        var started = time.GetUtcNow();
        await using var api = await LoopbackApi.StartAsync(time: time);
        time.Advance(TimeSpan.FromSeconds(90));

        using var response = await api.Http.GetAsync("/gas/health");

        var body = await Json(response, HttpStatusCode.OK);
        Assert.Equal(("ok", "0.1.0"), (body.GetProperty("status").GetString(), body.GetProperty("version").GetString()));
        Assert.Equal(started, body.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(90, body.GetProperty("uptimeSeconds").GetDouble());
    }

    [Fact]
    public async Task A_signed_notification_is_recorded_and_an_unsigned_wrong_expired_or_replayed_one_is_refused_with_a_401_problem()
    {
        await using var api = await LoopbackApi.StartAsync();
        const string body = """{"event":"syncSpotifyToNotion","created":0,"ids":[]}""";
        var now = DateTimeOffset.UtcNow;

        using var valid = await api.PostAsync("/gas/webhook", body, now);
        Assert.True((await Json(valid, HttpStatusCode.OK)).GetProperty("recorded").GetBoolean());
        Assert.Equal("syncSpotifyToNotion", Assert.Single(api.Sandbox.State.Read().Events).Event);

        await AssertProblem(await api.PostAsync("/gas/webhook", body, now), HttpStatusCode.Unauthorized, "invalid_signature", "already received");
        await AssertProblem(await api.PostAsync("/gas/webhook", body, now.AddMinutes(-6)), HttpStatusCode.Unauthorized, "invalid_signature", "more than 5 minutes");
        await AssertProblem(await api.SendAsync(HttpMethod.Post, "/gas/webhook", body, secret: "another-secret"), HttpStatusCode.Unauthorized, "invalid_signature", "does not match the body");
        await AssertProblem(await api.SendAsync(HttpMethod.Post, "/gas/webhook", body, timestamp: "", signature: ""), HttpStatusCode.Unauthorized, "invalid_signature", "not signed");
        Assert.Single(api.Sandbox.State.Read().Events);
    }

    [Fact]
    public async Task Status_answers_a_GET_signed_over_its_request_line_even_twice_and_refuses_one_signed_for_another_path()
    {
        await using var api = await LoopbackApi.StartAsync();

        var first = await api.Client.GetAsync("gas/status", default);
        using var unsigned = await api.Http.GetAsync("/gas/status");
        var sameSignature = DateTimeOffset.UtcNow;
        using var once = await api.SendAsync(HttpMethod.Get, "/gas/status", at: sameSignature);
        using var again = await api.SendAsync(HttpMethod.Get, "/gas/status", at: sameSignature);
        var forHealth = WebhookSignature.Sign(new DotNetCrypto(), CompanionSandbox.WebhookSecret, sameSignature.ToUnixTimeSeconds(), "GET /gas/health");
        using var otherPath = await api.SendAsync(HttpMethod.Get, "/gas/status", at: sameSignature, signature: forHealth);
        var signedWithoutQuery = WebhookSignature.Sign(new DotNetCrypto(), CompanionSandbox.WebhookSecret, sameSignature.ToUnixTimeSeconds(), "GET /gas/status");
        using var queryAdded = await api.SendAsync(HttpMethod.Get, "/gas/status?verbose=1", at: sameSignature, signature: signedWithoutQuery);

        Assert.Equal((200, "0.1.0"), (first.Status, JsonDocument.Parse(first.Body).RootElement.GetProperty("version").GetString()));
        await AssertProblem(unsigned, HttpStatusCode.Unauthorized, "invalid_signature", "the request line, such as \"GET /gas/status\"");
        // A GET changes nothing, so its signature is not remembered: the same one reads the status again within its window.
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (once.StatusCode, again.StatusCode));
        await AssertProblem(otherPath, HttpStatusCode.Unauthorized, "invalid_signature", "does not match the request line");
        await AssertProblem(queryAdded, HttpStatusCode.Unauthorized, "invalid_signature", "does not match the request line");
    }

    [Fact]
    public async Task Ten_simultaneous_trigger_sync_calls_start_one_run_and_the_others_get_409()
    {
        // The stand-in yt-dlp's --version waits for the gate file, so the run holds the lock until every call is answered.
        await using var api = await LoopbackApi.StartAsync(sandbox => sandbox.Set("STANDIN_YTDLP_GATE", Path.Combine(sandbox.Root, "gate")));
        var gate = Path.Combine(api.Sandbox.Root, "gate");
        var page = api.Sandbox.AddTrack("Midnight City", "M83", 244);

        var calls = Enumerable.Range(0, 10).Select(i => api.PostAsync("/gas/trigger-sync", """{"mode":"incremental"}""", DateTimeOffset.UtcNow.AddSeconds(-i)));
        var responses = await Task.WhenAll(calls);

        var accepted = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Accepted);
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict)) await AssertProblem(conflict, HttpStatusCode.Conflict, "sync_running", "A sync is running");
        var runId = (await Json(accepted, HttpStatusCode.Accepted)).GetProperty("runId").GetString();
        File.WriteAllText(gate, "");
        await api.Server.Service.Runs.Current;

        var run = Assert.Single(api.Sandbox.State.Read().Runs);
        Assert.Equal((runId, "trigger-sync", RunOutcomes.Succeeded), (run.RunId, run.Trigger, run.Outcome));
        Assert.Equal("Downloaded", api.Sandbox.Page(page).Select("Download Status"));
        Assert.False(File.Exists(api.Sandbox.LockFile));
    }

    [Fact]
    public async Task A_request_refused_with_409_or_422_is_not_remembered_so_the_same_one_passes_later_once()
    {
        await using var api = await LoopbackApi.StartAsync(sandbox => sandbox.Set("STANDIN_YTDLP_GATE", Path.Combine(sandbox.Root, "gate")));
        api.Sandbox.AddTrack("Midnight City", "M83", 244);
        using var first = await api.PostAsync("/gas/trigger-sync", "{}", DateTimeOffset.UtcNow.AddSeconds(-1));
        var at = DateTimeOffset.UtcNow;

        using var busy = await api.PostAsync("/gas/trigger-sync", """{"mode":"incremental"}""", at);
        using var invalid = await api.PostAsync("/gas/trigger-sync", """{"mode":"hourly"}""", at);
        File.WriteAllText(Path.Combine(api.Sandbox.Root, "gate"), "");
        await api.Server.Service.Runs.Current;
        using var accepted = await api.PostAsync("/gas/trigger-sync", """{"mode":"incremental"}""", at);
        await api.Server.Service.Runs.Current;
        using var replayed = await api.PostAsync("/gas/trigger-sync", """{"mode":"incremental"}""", at);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        await AssertProblem(busy, HttpStatusCode.Conflict, "sync_running", "A sync is running");
        await AssertProblem(invalid, (HttpStatusCode)422, "invalid_request", "'mode' must be incremental or full, not 'hourly'.");
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        await AssertProblem(replayed, HttpStatusCode.Unauthorized, "invalid_signature", "already received");
        Assert.Equal(2, api.Sandbox.State.Read().Runs.Count);
    }

    [Fact]
    public async Task The_sync_cores_notification_is_read_by_the_names_the_core_writes_and_starts_a_run()
    {
        await using var api = await LoopbackApi.StartAsync();
        api.Sandbox.AddTrack("Teardrop", "Massive Attack", 330);
        var notifier = new CompanionNotifier(new HttpClientHttp(api.Http), new DotNetCrypto(), new SystemClock(TimeProvider.System),
            new CoreLog(new LoggerConfiguration().CreateLogger()), api.Server.BaseAddress.ToString(), CompanionSandbox.WebhookSecret);

        Assert.True(notifier.Notify("syncSpotifyToNotion", ["4uLU6hMCjMI75M1A2tKUQC", "2takcwOaAZWiXQijPHIx7B"]));
        await api.Server.Service.Runs.Current;

        var recorded = Assert.Single(api.Sandbox.State.Read().Events);
        Assert.Equal(("syncSpotifyToNotion", 2), (recorded.Event, recorded.Created));
        var run = Assert.Single(api.Sandbox.State.Read().Runs);
        Assert.Equal((recorded.RunId, "webhook", 1), (run.RunId, run.Trigger, run.Downloaded));
        // Every name the core writes (Newtonsoft, as the script's JSON does) is one the companion reads, and no other.
        var written = Newtonsoft.Json.Linq.JObject.FromObject(new CompanionNotification()).Properties().Select(p => p.Name);
        var read = RequestJson.Options.GetTypeInfo(typeof(CompanionNotification)).Properties.Where(p => p.Set is not null).Select(p => p.Name);
        Assert.Equal(written.Order(), read.Order());
    }

    [Fact]
    public async Task Config_persists_the_switches_and_adds_then_updates_the_Notion_configuration_row_writing_only_what_changed()
    {
        await using var api = await LoopbackApi.StartAsync(sandbox => sandbox.Set("CONFIG_DB_ID", sandbox.Notion.Workspace.CreateDatabase("Automations", CompanionSandbox.ConfigurationSchema).DataSourceId));
        var dataSource = api.Sandbox.Configuration().ConfigDbId!;

        using var first = await api.PostAsync("/gas/config", """{"syncEnabled":false,"syncMode":"full"}""");
        Assert.StartsWith("added", (await Json(first, HttpStatusCode.OK)).GetProperty("notion").GetString());
        using var second = await api.PostAsync("/gas/config", """{"cronActive":true}""", DateTimeOffset.UtcNow.AddSeconds(-1));
        Assert.StartsWith("updated", (await Json(second, HttpStatusCode.OK)).GetProperty("notion").GetString());
        using var third = await api.PostAsync("/gas/config", """{"syncMode":"full"}""", DateTimeOffset.UtcNow.AddSeconds(-2));
        Assert.StartsWith("unchanged", (await Json(third, HttpStatusCode.OK)).GetProperty("notion").GetString());

        var automation = api.Sandbox.State.Read().Automation;
        Assert.Equal((false, "full", true), (automation.SyncEnabled, automation.SyncMode, automation.CronActive));
        var row = Assert.Single(api.Sandbox.Notion.Workspace.Pages(dataSource));
        Assert.Equal(("Companion", "Cron", false, "full", true), (row.Text("Name"), row.Select("Trigger Type"), row.Checkbox("Sync Enabled"), row.Select("Sync Mode"), row.Checkbox("Cron Active")));
    }

    [Fact]
    public async Task Config_takes_the_original_designs_fields_writing_the_interval_to_the_scripts_row_and_enabled_to_the_companion()
    {
        await using var api = await LoopbackApi.StartAsync(sandbox => sandbox.Set("CONFIG_DB_ID", sandbox.Notion.Workspace.CreateDatabase("Automations", CompanionSandbox.ConfigurationSchema).DataSourceId));
        var dataSource = api.Sandbox.Configuration().ConfigDbId!;
        var scriptRow = api.Sandbox.Notion.Workspace.AddPage(dataSource, new System.Collections.Generic.Dictionary<string, object?> { ["Name"] = "SpotifySync (Apps Script)", ["Trigger Type"] = "GAS", ["Sync Enabled"] = true, ["Sync Interval"] = 15.0 });

        using var answer = await api.PostAsync("/gas/config", """{"trigger_interval_minutes": 5, "enabled": true}""");
        using var again = await api.PostAsync("/gas/config", """{"trigger_interval_minutes": 5}""", DateTimeOffset.UtcNow.AddSeconds(-1));

        var body = await Json(answer, HttpStatusCode.OK);
        Assert.Equal(5, api.Sandbox.Notion.Workspace.Page(scriptRow).Number("Sync Interval"));
        Assert.StartsWith($"Sync Interval 5 written to the row 'SpotifySync (Apps Script)' ({scriptRow}): Apps Script moves its sync trigger to every 5 min", body.GetProperty("appsScript").GetString());
        Assert.True(body.GetProperty("automation").GetProperty("syncEnabled").GetBoolean());
        Assert.StartsWith("added", body.GetProperty("notion").GetString());
        var unchanged = await Json(again, HttpStatusCode.OK);
        Assert.StartsWith("unchanged: the row 'SpotifySync (Apps Script)'", unchanged.GetProperty("appsScript").GetString());
        Assert.Equal(JsonValueKind.Null, unchanged.GetProperty("notion").ValueKind);
        Assert.Equal(2, api.Sandbox.Notion.Workspace.Pages(dataSource).Count);
    }

    [Theory]
    [InlineData(false, "no_configuration_database", "CONFIG_DB_ID is not set. Set one up (docs/setup.md, section 5, step 7)")]
    [InlineData(true, "no_script_row", "has no row of Trigger Type GAS for the interval: run initializeSpotifySync in Apps Script")]
    public async Task An_interval_that_cannot_reach_Apps_Script_is_refused_with_409_saying_how_and_changes_nothing(bool configurationDatabase, string error, string detail)
    {
        await using var api = await LoopbackApi.StartAsync(sandbox =>
        {
            if (configurationDatabase) sandbox.Set("CONFIG_DB_ID", sandbox.Notion.Workspace.CreateDatabase("Automations", CompanionSandbox.ConfigurationSchema).DataSourceId);
        });

        using var answer = await api.PostAsync("/gas/config", """{"trigger_interval_minutes": 5, "enabled": false}""");

        await AssertProblem(answer, HttpStatusCode.Conflict, error, detail);
        Assert.True(api.Sandbox.State.Read().Automation.SyncEnabled);
    }

    [Theory]
    [InlineData("""{"trigger_interval_minutes": 7}""", "trigger_interval_minutes", "'trigger_interval_minutes' must be one of 1, 5, 10, 15, 30, the intervals Apps Script's time-driven triggers offer, not 7.")]
    [InlineData("""{"trigger_interval_minutes": "5"}""", "trigger_interval_minutes", "'trigger_interval_minutes' must be a whole number up to 2147483647, not a string.")]
    [InlineData("""{"enabled": true, "syncEnabled": false}""", "enabled", "'enabled' and 'syncEnabled' are the same switch: give one of them.")]
    [InlineData("""{"enabled": "yes"}""", "enabled", "'enabled' must be true or false, not a string.")]
    [InlineData("""{}""", "body", "Give at least one of syncEnabled (or enabled), syncMode, cronActive and trigger_interval_minutes.")]
    [InlineData("""{"interval": 5}""", "interval", "'interval' is not a field of this request; its fields are syncEnabled, enabled, syncMode, cronActive, trigger_interval_minutes.")]
    public async Task Config_answers_a_field_it_cannot_take_with_422_naming_the_field_and_what_it_takes(string body, string field, string problem)
    {
        await using var api = await LoopbackApi.StartAsync();

        using var answer = await api.PostAsync("/gas/config", body);

        var details = await AssertProblem(answer, (HttpStatusCode)422, "invalid_request", problem);
        Assert.Equal(problem, details.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.False(File.Exists(api.Sandbox.StateFile));
    }

    [Fact]
    public async Task Serve_refuses_to_start_without_WEBHOOK_SECRET_on_any_address_saying_how_to_make_one()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        var exception = await Assert.ThrowsAsync<ConfigurationException>(() => GasServer.StartAsync(sandbox.Configuration(), new LoggerConfiguration().CreateLogger(), 0));

        Assert.Contains("WEBHOOK_SECRET is not set: every request of the webhook API but GET /gas/health is signed with it", exception.Message);
        Assert.Contains("Run `spotify-sync secret`", exception.Message);
    }

    [Fact]
    public async Task Refused_requests_are_logged_one_line_per_kind_a_minute_without_their_bodies_or_signatures()
    {
        var sink = new CollectingSink();
        var time = new ManualTime(DateTimeOffset.UtcNow);
        await using var api = await LoopbackApi.StartAsync(time: time, log: sink.Logger());
        const string secretBody = """{"event":"do-not-log-me"}""";

        for (var i = 0; i < 5; i++) (await api.SendAsync(HttpMethod.Post, "/gas/webhook", secretBody, secret: "another-secret", at: time.GetUtcNow().AddSeconds(-i))).Dispose();
        (await api.PostAsync("/gas/webhook", "{\"event\":", time.GetUtcNow())).Dispose();
        (await api.PostAsync("/gas/trigger-sync", """{"mode":"hourly"}""", time.GetUtcNow())).Dispose();
        time.Advance(RefusalLog.Interval);
        (await api.SendAsync(HttpMethod.Get, "/gas/status", secret: "another-secret", at: time.GetUtcNow())).Dispose();

        var refusals = sink.Lines.Where(line => line.Contains("Refused", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "[Warning] Refused POST /gas/webhook: 401 invalid_signature",
                "[Warning] Refused POST /gas/webhook: 400 invalid_json",
                "[Warning] Refused POST /gas/trigger-sync: 422 invalid_request",
                "[Warning] Refused GET /gas/status: 401 invalid_signature (and 4 more refused so since the last line of this kind, not logged)",
            ],
            refusals.Select(line => line.Replace("\"", "", StringComparison.Ordinal)));
        Assert.DoesNotContain(sink.Lines, line => line.Contains("do-not-log-me", StringComparison.Ordinal) || line.Contains("X-SpotifySync", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 problem of the status and code whose detail holds <paramref name="detail"/>; returns it.</summary>
    internal static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string error, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(error, problem.GetProperty("error").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return problem;
    }
}

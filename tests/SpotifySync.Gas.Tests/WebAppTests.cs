using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AppsScript.Emulator.Runtime;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Webhooks;
using SpotifySync.Gas.Tests.Support;
using Xunit;

namespace SpotifySync.Gas.Tests;

/// <summary>The web app: <c>doGet</c>'s status JSON and <c>doPost</c>'s signed envelopes from the companion.</summary>
public sealed class WebAppTests
{
    private const string Secret = "a-shared-webhook-secret-of-some-length";

    [Fact]
    public async Task DoPostRecordsASignedEnvelopeAndDoGetShowsItWithTheSyncsState()
    {
        await using var world = await SyncWorld.StartAsync();
        world.Cloud.Environment.ScriptProperties.Set("WEBHOOK_SECRET", Secret);
        world.Run("initializeSpotifySync");
        world.Run("setupTimeTrigger");
        world.Run("syncSpotifyToNotion");
        var payload = """{"event":"downloads","downloaded":3,"failed":1}""";

        var posted = world.Cloud.Environment.RunDoPost(world.Project, WebAppRequest.Post(Envelope(world, payload), "application/json"));
        var status = world.Cloud.Environment.RunDoGet(world.Project, SignedGet(world, "status"));

        Assert.Equal("application/json", posted.Output!.MimeType);
        Assert.Equal("""{"recorded":true,"kept":1}""", posted.Output.Content);
        var body = JsonNode.Parse(status.Output!.Content)!;
        Assert.True(body["trigger"]!["installed"]!.GetValue<bool>());
        Assert.Equal("done", body["fullSyncPhase"]!.GetValue<string>());
        Assert.NotNull(body["watermark"]);
        Assert.Equal(0, body["failuresInARow"]!.GetValue<int>());
        Assert.Equal(payload, body["companionEvents"]![0]!["payload"]!.GetValue<string>());
        Assert.Equal("doPost: recorded a companion event (1 kept).", Assert.Single(posted.Logs).Message);
        Assert.StartsWith("doGet: status answered (watermark 20", Assert.Single(status.Logs).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DoPostRefusesAWrongSignatureAReplayAndAStaleTimestampAndRecordsNothing()
    {
        await using var world = await SyncWorld.StartAsync();
        world.Cloud.Environment.ScriptProperties.Set("WEBHOOK_SECRET", Secret);
        var valid = Envelope(world, """{"event":"downloads"}""");
        var tampered = valid.Replace("downloads", "deletions", StringComparison.Ordinal);
        var stale = Envelope(world, """{"event":"old"}""", world.Cloud.Clock.GetUtcNow().AddMinutes(-6));

        string Post(string body) => world.Cloud.Environment.RunDoPost(world.Project, WebAppRequest.Post(body, "application/json")).Output!.Content;

        Assert.Contains("\"error\":\"bad_signature\"", Post(tampered), StringComparison.Ordinal);
        Assert.Contains("\"error\":\"expired\"", Post(stale), StringComparison.Ordinal);
        Assert.Contains("\"error\":\"invalid_json\"", Post("not json"), StringComparison.Ordinal);
        Assert.Contains("\"recorded\":true", Post(valid), StringComparison.Ordinal);
        Assert.Contains("\"error\":\"replayed\"", Post(valid), StringComparison.Ordinal);
        var status = JsonNode.Parse(world.Cloud.Environment.RunDoGet(world.Project, SignedGet(world, null)).Output!.Content)!;
        Assert.Single(status["companionEvents"]!.AsArray());
    }

    [Fact]
    public async Task DoGetShowsAnUnsignedRequestOnlyThatItRunsAndRefusesAWrongOrStaleSignatureWithoutTheStatus()
    {
        await using var world = await SyncWorld.StartAsync();
        world.Cloud.Environment.ScriptProperties.Set("WEBHOOK_SECRET", Secret);
        world.Run("initializeSpotifySync");
        var now = world.Cloud.Clock.GetUtcNow().ToUnixTimeSeconds();
        string Get(string? query, string? pathInfo = "status") => world.Cloud.Environment.RunDoGet(world.Project, WebAppRequest.Get(query, pathInfo)).Output!.Content;

        var unsigned = world.Cloud.Environment.RunDoGet(world.Project, WebAppRequest.Get(pathInfo: "status"));
        var otherPath = Get(WebhookSignature.SignedQuery(new DotNetCrypto(), Secret, WebhookSignature.WebAppRequestLine("status"), now), pathInfo: null);
        var stale = Get(WebhookSignature.SignedQuery(new DotNetCrypto(), Secret, WebhookSignature.WebAppRequestLine("status"), now - 600));
        var wrongSecret = Get(WebhookSignature.SignedQuery(new DotNetCrypto(), "another-secret", WebhookSignature.WebAppRequestLine("status"), now));
        var signatureOnly = Get("signature=00");

        Assert.Equal("""{"status":"ok"}""", unsigned.Output!.Content);
        Assert.Equal("doGet: unsigned, answered that the web app runs (the status needs a signed request).", Assert.Single(unsigned.Logs).Message);
        Assert.Contains("\"error\":\"bad_signature\"", otherPath, StringComparison.Ordinal);
        Assert.Contains("\"error\":\"expired\"", stale, StringComparison.Ordinal);
        Assert.Contains("\"error\":\"bad_signature\"", wrongSecret, StringComparison.Ordinal);
        Assert.Contains("\"error\":\"invalid_request\"", signatureOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("trigger", otherPath + stale + wrongSecret + signatureOnly, StringComparison.Ordinal);
        // A signed GET changes nothing, so it may be read again within its window.
        var query = WebhookSignature.SignedQuery(new DotNetCrypto(), Secret, WebhookSignature.WebAppRequestLine("status"), now);
        Assert.Contains("\"trigger\"", Get(query), StringComparison.Ordinal);
        Assert.Contains("\"trigger\"", Get(query), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DoGetAnswersAnUnknownPathWithAJsonError()
    {
        await using var world = await SyncWorld.StartAsync();

        var result = world.Cloud.Environment.RunDoGet(world.Project, WebAppRequest.Get(pathInfo: "secrets"));

        Assert.Equal("""{"error":"not_found","detail":"No route /secrets; GET /exec or /exec/status for the sync's status."}""", result.Output!.Content);
        Assert.Equal("doGet: no route /secrets.", Assert.Single(result.Logs).Message);
    }

    /// <summary>A GET of the web app at <paramref name="pathInfo"/> signed now, as the core signs it.</summary>
    private static WebAppRequest SignedGet(SyncWorld world, string? pathInfo) =>
        WebAppRequest.Get(WebhookSignature.SignedQuery(new DotNetCrypto(), Secret, WebhookSignature.WebAppRequestLine(pathInfo), world.Cloud.Clock.GetUtcNow().ToUnixTimeSeconds()), pathInfo);

    /// <summary>The envelope the companion posts: the payload signed with HMAC-SHA256 over "timestamp.payload".</summary>
    private static string Envelope(SyncWorld world, string payload, DateTimeOffset? at = null)
    {
        var timestamp = (at ?? world.Cloud.Clock.GetUtcNow()).ToUnixTimeSeconds();
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}")));
        return new JsonObject { ["timestamp"] = timestamp, ["signature"] = signature, ["payload"] = payload }.ToJsonString();
    }
}

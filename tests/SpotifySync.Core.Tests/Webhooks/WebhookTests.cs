using System;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Core.Webhooks;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Core.Tests.Webhooks;

/// <summary>Signed webhooks both ways: the envelopes doPost verifies, and the notification to the companion.</summary>
public sealed class WebhookTests
{
    private const string Secret = "shared-webhook-secret";
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private readonly MemoryStore _store = new();
    private readonly FixedClock _clock = new(Now);
    private readonly DotNetCrypto _crypto = new();

    private EnvelopeVerifier Verifier(string? secret = Secret) => new(_crypto, _clock, _store, secret);

    private static ErrorBody? AnyPayload(string payload) => null;

    private string Envelope(long timestamp, string payload, string secret = Secret) => JsonConvert.SerializeObject(new SignedEnvelope
    {
        Timestamp = timestamp,
        Signature = WebhookSignature.Sign(_crypto, secret, timestamp, payload),
        Payload = payload,
    });

    private long NowSeconds => new DateTimeOffset(Now).ToUnixTimeSeconds();

    [Fact]
    public void A_fresh_envelope_signed_with_the_secret_is_accepted_with_its_payload()
    {
        var check = Verifier().Verify(Envelope(NowSeconds - 30, """{"event":"downloaded","id":"4iV5W9uYEdYUVa79Axb7Rh"}"""), AnyPayload);

        Assert.True(check.Valid, check.Detail);
        Assert.Equal("""{"event":"downloaded","id":"4iV5W9uYEdYUVa79Axb7Rh"}""", check.Payload);
    }

    [Fact]
    public void A_wrong_signature_is_refused()
    {
        var check = Verifier().Verify(Envelope(NowSeconds, """{"event":"x"}""", "another-secret"), AnyPayload);

        Assert.False(check.Valid);
        Assert.Equal("bad_signature", check.Error);
        Assert.Contains("WEBHOOK_SECRET", check.Detail);
    }

    [Fact]
    public void A_payload_changed_after_signing_is_refused()
    {
        var envelope = JsonConvert.DeserializeObject<SignedEnvelope>(Envelope(NowSeconds, """{"created":1}"""))!;
        envelope.Payload = """{"created":2}""";

        Assert.Equal("bad_signature", Verifier().Verify(JsonConvert.SerializeObject(envelope), AnyPayload).Error);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void An_envelope_more_than_five_minutes_off_is_refused_as_expired(int offsetSeconds)
    {
        var check = Verifier().Verify(Envelope(NowSeconds + offsetSeconds, "{}"), AnyPayload);

        Assert.Equal("expired", check.Error);
    }

    [Fact]
    public void A_replayed_envelope_is_refused_while_a_new_one_is_accepted()
    {
        var envelope = Envelope(NowSeconds, """{"n":1}""");
        Assert.True(Verifier().Verify(envelope, AnyPayload).Valid);
        _clock.Sleep(60_000);

        Assert.Equal("replayed", Verifier().Verify(envelope, AnyPayload).Error);
        Assert.True(Verifier().Verify(Envelope(NowSeconds + 60, """{"n":2}"""), AnyPayload).Valid);
    }

    [Fact]
    public void Without_a_secret_nothing_is_accepted_and_the_error_names_the_setting()
    {
        var check = Verifier(null).Verify(Envelope(NowSeconds, "{}"), AnyPayload);

        Assert.Equal("not_configured", check.Error);
        Assert.Contains("WEBHOOK_SECRET", check.Detail);
    }

    [Fact]
    public void Malformed_envelopes_are_refused()
    {
        Assert.Equal("invalid_json", Verifier().Verify("not json", AnyPayload).Error);
        Assert.Equal("invalid_envelope", Verifier().Verify("""{"timestamp":1}""", AnyPayload).Error);
    }

    [Fact]
    public void A_payload_the_receiver_refuses_is_answered_with_its_refusal_and_its_signature_is_not_remembered()
    {
        var envelope = Envelope(NowSeconds, """{"n":1}""");
        var tooBig = Verifier().Verify(envelope, _ => new ErrorBody { Error = "payload_too_large", Detail = "too big" });

        Assert.Equal(("payload_too_large", "too big"), (tooBig.Error, tooBig.Detail));
        Assert.Null(_store.Get(Core.State.StateKeys.WebhookSignatures));
        Assert.True(Verifier().Verify(envelope, AnyPayload).Valid);
    }

    [Fact]
    public void A_signed_GET_to_the_web_app_signs_its_path_and_is_refused_when_stale_or_for_another_path()
    {
        var verifier = new SignedGetVerifier(_crypto, _clock, Secret);
        string Parameter(string query, string name) => System.Web.HttpUtility.ParseQueryString(query)[name]!;
        var query = WebhookSignature.SignedQuery(_crypto, Secret, WebhookSignature.WebAppRequestLine("status"), NowSeconds);
        var old = WebhookSignature.SignedQuery(_crypto, Secret, WebhookSignature.WebAppRequestLine("status"), NowSeconds - 301);

        Assert.Equal("GET /status", WebhookSignature.WebAppRequestLine("status"));
        Assert.Equal("GET /", WebhookSignature.WebAppRequestLine(null));
        Assert.Null(verifier.Refusal(Parameter(query, "timestamp"), Parameter(query, "signature"), "status"));
        Assert.Null(verifier.Refusal(Parameter(query, "timestamp"), Parameter(query, "signature"), "status"));
        Assert.Equal("bad_signature", verifier.Refusal(Parameter(query, "timestamp"), Parameter(query, "signature"), "")!.Error);
        Assert.Equal("expired", verifier.Refusal(Parameter(old, "timestamp"), Parameter(old, "signature"), "status")!.Error);
        Assert.Equal("invalid_request", verifier.Refusal("soon", Parameter(query, "signature"), "status")!.Error);
        Assert.Equal("not_configured", new SignedGetVerifier(_crypto, _clock, null).Refusal(Parameter(query, "timestamp"), Parameter(query, "signature"), "status")!.Error);
    }

    [Fact]
    public void Signatures_compare_equal_only_when_identical()
    {
        Assert.True(WebhookSignature.Matches("ab12", "ab12"));
        Assert.False(WebhookSignature.Matches("ab12", "ab13"));
        Assert.False(WebhookSignature.Matches("ab12", "ab1"));
        Assert.False(WebhookSignature.Matches("ab12", "ab120"));
    }

    [Fact]
    public async Task The_companion_is_notified_of_created_pages_with_a_signature_it_can_verify()
    {
        await using var sandbox = await SyncSandbox.StartAsync(61, new LibrarySpec { Tracks = 30, LikedTracks = 4, LocalFiles = 0 });
        sandbox.WithCompanion();

        new SavedTracksSync(sandbox.Execution()).Run();
        new SavedTracksSync(sandbox.Execution()).Run();

        var request = Assert.Single(sandbox.CompanionRequests);
        Assert.Equal($"{SyncSandbox.CompanionUrl}/gas/webhook", request.Url);
        Assert.Equal("post", request.Method);
        var timestamp = long.Parse(request.Headers[WebhookSignature.TimestampHeader]);
        Assert.InRange(timestamp, sandbox.Clock.GetUtcNow().ToUnixTimeSeconds() - 60, sandbox.Clock.GetUtcNow().ToUnixTimeSeconds());
        Assert.Equal(WebhookSignature.Sign(new DotNetCrypto(), SyncSandbox.WebhookSecret, timestamp, request.Body!), request.Headers[WebhookSignature.SignatureHeader]);
        var body = JsonConvert.DeserializeObject<CompanionNotification>(request.Body!)!;
        Assert.Equal("syncSpotifyToNotion", body.Event);
        Assert.Equal(4, body.Created);
        Assert.Equal(sandbox.LikedIds(), body.Ids.ToHashSet());
    }

    [Fact]
    public async Task A_companion_that_fails_never_fails_the_sync()
    {
        await using var sandbox = await SyncSandbox.StartAsync(62, new LibrarySpec { Tracks = 30, LikedTracks = 4, LocalFiles = 0 });
        sandbox.WithCompanion();
        sandbox.CompanionStatus = 502;

        var result = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(RunStatuses.Done, result.Status);
        Assert.Equal(4, sandbox.PagesBySpotifyId().Count);
        Assert.Contains(sandbox.Log.Lines, line => line.Contains("answered 502"));
    }
}

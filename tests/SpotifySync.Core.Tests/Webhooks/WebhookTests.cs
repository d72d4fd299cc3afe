using System;
using System.Threading.Tasks;
using Newtonsoft.Json;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Core.Webhooks;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Core.Tests.Webhooks;

/// <summary>
/// Signed webhooks both ways: the envelopes doPost verifies, and the notification to the companion. What an envelope
/// and a notification do in a sync are the core's scenarios (tests/SpotifySync.Core.Scenarios), on both runtimes;
/// here, the edges of the checks.
/// </summary>
public sealed class WebhookTests
{
    private const string Secret = "shared-webhook-secret";
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private readonly MemoryStore _store = new();
    private readonly FixedClock _clock = new(Now);
    private readonly DotNetCrypto _crypto = new();

    private EnvelopeVerifier Verifier() => new(_crypto, _clock, _store, Secret);

    private static ErrorBody? AnyPayload(string payload) => null;

    private string Envelope(long timestamp, string payload) => JsonConvert.SerializeObject(WebhookSignature.Envelope(_crypto, Secret, payload, timestamp));

    private long NowSeconds => new DateTimeOffset(Now).ToUnixTimeSeconds();

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void An_envelope_more_than_five_minutes_off_is_refused_as_expired(int offsetSeconds)
    {
        var check = Verifier().Verify(Envelope(NowSeconds + offsetSeconds, "{}"), AnyPayload);

        Assert.Equal("expired", check.Error);
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

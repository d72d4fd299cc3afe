using System;
using System.Text.Json;
using SpotifySync.Companion.Webhooks;
using Xunit;

namespace SpotifySync.Companion.Tests;

public sealed class SignatureTests
{
    private const string Secret = "test-secret";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_signature_is_the_hex_HMAC_SHA256_of_timestamp_dot_body()
    {
        // Computed independently: printf '1795514400.{"a":1}' | openssl dgst -sha256 -hmac test-secret
        var signature = WebhookSignature.Sign(Secret, "1795514400", "{\"a\":1}");
        Assert.Equal(64, signature.Length);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("test-secret"u8, "1795514400.{\"a\":1}"u8)), signature);
    }

    [Fact]
    public void Verify_accepts_a_fresh_signature_and_refuses_a_wrong_expired_or_malformed_one()
    {
        var timestamp = WebhookSignature.Timestamp(Now);
        var signature = WebhookSignature.Sign(Secret, timestamp, "{}");
        Assert.Equal(SignatureCheck.Valid, WebhookSignature.Verify(Secret, timestamp, signature, "{}", Now.AddMinutes(4)));
        Assert.Equal(SignatureCheck.Valid, WebhookSignature.Verify(Secret, timestamp, signature.ToUpperInvariant(), "{}", Now));
        Assert.Equal(SignatureCheck.Mismatch, WebhookSignature.Verify(Secret, timestamp, signature, "{ }", Now));
        Assert.Equal(SignatureCheck.Mismatch, WebhookSignature.Verify("other", timestamp, signature, "{}", Now));
        Assert.Equal(SignatureCheck.OutsideWindow, WebhookSignature.Verify(Secret, timestamp, signature, "{}", Now.AddMinutes(5).AddSeconds(1)));
        Assert.Equal(SignatureCheck.OutsideWindow, WebhookSignature.Verify(Secret, timestamp, signature, "{}", Now.AddMinutes(-6)));
        Assert.Equal(SignatureCheck.MalformedTimestamp, WebhookSignature.Verify(Secret, "2026-11-24T10:00:00Z", signature, "{}", Now));
        Assert.Equal(SignatureCheck.Missing, WebhookSignature.Verify(Secret, timestamp, null, "{}", Now));
    }

    [Fact]
    public void The_envelope_to_Apps_Script_carries_the_payload_text_it_signs()
    {
        var envelope = GasEnvelope.Create(Secret, new { @event = "companion.run", downloaded = 2 }, Now);
        var json = JsonSerializer.Serialize(envelope);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("1795514400", root.GetProperty("timestamp").GetString());
        var payload = root.GetProperty("payload").GetString()!;
        Assert.Equal("{\"event\":\"companion.run\",\"downloaded\":2}", payload);
        Assert.Equal(WebhookSignature.Sign(Secret, "1795514400", payload), root.GetProperty("signature").GetString());
    }
}

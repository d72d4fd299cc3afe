using System;
using Newtonsoft.Json.Linq;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Webhooks;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>The core's signature contract on the companion's crypto: what both sides sign and check.</summary>
public sealed class SignatureTests
{
    private const string Secret = "test-secret";
    private const long Now = 1795514400;
    private static readonly DotNetCrypto Crypto = new();

    [Fact]
    public void The_signature_is_the_hex_HMAC_SHA256_of_timestamp_dot_body()
    {
        // Computed independently: printf '1795514400.{"a":1}' | openssl dgst -sha256 -hmac test-secret
        var signature = WebhookSignature.Sign(Crypto, Secret, Now, "{\"a\":1}");
        Assert.Equal(64, signature.Length);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("test-secret"u8, "1795514400.{\"a\":1}"u8)), signature);
    }

    [Fact]
    public void Check_accepts_a_fresh_signature_and_refuses_a_wrong_expired_or_missing_one()
    {
        var signature = WebhookSignature.Sign(Crypto, Secret, Now, "{}");
        Assert.Equal(SignatureVerdict.Valid, WebhookSignature.Check(Crypto, Secret, Now, signature, "{}", Now + 240));
        Assert.Equal(SignatureVerdict.Valid, WebhookSignature.Check(Crypto, Secret, Now, " " + signature.ToUpperInvariant(), "{}", Now));
        Assert.Equal(SignatureVerdict.Mismatch, WebhookSignature.Check(Crypto, Secret, Now, signature, "{ }", Now));
        Assert.Equal(SignatureVerdict.Mismatch, WebhookSignature.Check(Crypto, "other", Now, signature, "{}", Now));
        Assert.Equal(SignatureVerdict.OutsideWindow, WebhookSignature.Check(Crypto, Secret, Now, signature, "{}", Now + 301));
        Assert.Equal(SignatureVerdict.OutsideWindow, WebhookSignature.Check(Crypto, Secret, Now, signature, "{}", Now - 360));
        Assert.Equal(SignatureVerdict.Missing, WebhookSignature.Check(Crypto, Secret, Now, null, "{}", Now));
        Assert.Equal(SignatureVerdict.Missing, WebhookSignature.Check(Crypto, Secret, null, signature, "{}", Now));
    }

    [Theory]
    [InlineData("1795514400", 1795514400L)]
    [InlineData("2026-11-24T10:00:00Z", null)]
    [InlineData("-5", null)]
    [InlineData("", null)]
    [InlineData("99999999999999999999", null)]
    public void A_header_timestamp_is_Unix_seconds_in_digits(string text, long? expected) =>
        Assert.Equal(expected, WebhookSignature.ParseTimestamp(text));

    [Fact]
    public void The_envelope_to_Apps_Script_carries_a_numeric_timestamp_and_the_payload_text_it_signs()
    {
        var payload = "{\"event\":\"companion.run\",\"downloaded\":2}";
        var json = JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(WebhookSignature.Envelope(Crypto, Secret, payload, Now)));
        Assert.Equal(JTokenType.Integer, json["timestamp"]!.Type);
        Assert.Equal(Now, (long)json["timestamp"]!);
        Assert.Equal(payload, (string?)json["payload"]);
        Assert.Equal(WebhookSignature.Sign(Crypto, Secret, Now, payload), (string?)json["signature"]);
    }
}

using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpotifySync.Companion.Webhooks;

/// <summary>
/// What the companion posts to the Apps Script web app, whose <c>doPost</c> cannot read headers: the signature
/// travels in the body, over <see cref="Payload"/>, the JSON text exactly as signed.
/// </summary>
public sealed record GasEnvelope(
    [property: JsonPropertyName("timestamp")] string Timestamp,
    [property: JsonPropertyName("signature")] string Signature,
    [property: JsonPropertyName("payload")] string Payload)
{
    public static GasEnvelope Create(string secret, object payload, DateTimeOffset now)
    {
        var text = JsonSerializer.Serialize(payload, Json.CompanionJson.Compact);
        var timestamp = WebhookSignature.Timestamp(now);
        return new GasEnvelope(timestamp, WebhookSignature.Sign(secret, timestamp, text), text);
    }
}

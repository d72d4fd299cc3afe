using Newtonsoft.Json;

namespace SpotifySync.Core.Webhooks;

/// <summary>
/// What the companion posts to the web app's <c>doPost</c>, which cannot read headers: the signature travels in the
/// body, beside the signed JSON text <see cref="Payload"/>. <see cref="WebhookSignature.Envelope"/> makes one.
/// </summary>
public sealed class SignedEnvelope
{
    /// <summary>Unix seconds.</summary>
    [JsonProperty("timestamp")]
    public long? Timestamp { get; set; }

    /// <summary>Hex HMAC-SHA256 of <c>timestamp + "." + payload</c>.</summary>
    [JsonProperty("signature")]
    public string? Signature { get; set; }

    /// <summary>The signed JSON, as a string, exactly as it was signed.</summary>
    [JsonProperty("payload")]
    public string? Payload { get; set; }
}

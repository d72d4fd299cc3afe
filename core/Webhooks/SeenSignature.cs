using Newtonsoft.Json;

namespace SpotifySync.Core.Webhooks;

/// <summary>A webhook signature accepted once, remembered until its envelope's timestamp leaves the accepted window.</summary>
public sealed class SeenSignature
{
    [JsonProperty("signature")]
    public string? Signature { get; set; }

    /// <summary>Unix seconds after which the envelope is refused as expired anyway, so the signature may be forgotten.</summary>
    [JsonProperty("expires")]
    public long? Expires { get; set; }
}

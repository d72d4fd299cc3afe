using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using SpotifySync.Core.Ports;
using SpotifySync.Core.State;

namespace SpotifySync.Core.Webhooks;

/// <summary>
/// Verifies the signed envelopes <c>doPost</c> receives: well-formed, within ±5 minutes, signed with
/// <c>WEBHOOK_SECRET</c> (compared in constant time), and not seen before: accepted signatures are remembered
/// (<see cref="StateKeys.WebhookSignatures"/>) until their envelopes would be refused as expired anyway.
/// </summary>
public sealed class EnvelopeVerifier
{
    /// <summary>At most this many signatures are remembered (each about 100 bytes of a 9 KB property).</summary>
    public const int MaxRemembered = 60;

    private readonly ICrypto _crypto;
    private readonly IClock _clock;
    private readonly IKeyValueStore _store;
    private readonly string? _secret;

    public EnvelopeVerifier(ICrypto crypto, IClock clock, IKeyValueStore store, string? secret)
    {
        _crypto = crypto;
        _clock = clock;
        _store = store;
        _secret = secret;
    }

    public EnvelopeCheck Verify(string body)
    {
        if (_secret is null) return Refused("not_configured", "The script property WEBHOOK_SECRET is not set, so no envelope can be verified: set it to the companion's secret.");
        SignedEnvelope? envelope;
        try
        {
            envelope = JsonConvert.DeserializeObject<SignedEnvelope>(body);
        }
        catch (Exception)
        {
            return Refused("invalid_json", "The body is not a JSON envelope {timestamp, signature, payload}.");
        }
        if (envelope?.Timestamp is not { } timestamp || envelope.Signature is not { } signature || envelope.Payload is not { } payload)
        {
            return Refused("invalid_envelope", "The envelope needs timestamp (Unix seconds), signature (hex) and payload (the signed JSON string).");
        }
        var now = WebhookSignature.UnixSeconds(_clock.UtcNow());
        if (Math.Abs(now - timestamp) > WebhookSignature.ToleranceSeconds)
        {
            return Refused("expired", $"The timestamp {timestamp} is more than {WebhookSignature.ToleranceSeconds} seconds from now ({now}): check the companion's clock.");
        }
        if (!WebhookSignature.Matches(WebhookSignature.Sign(_crypto, _secret, timestamp, payload), signature.ToLowerInvariant()))
        {
            return Refused("bad_signature", "The signature does not match: the companion and the script must share the same WEBHOOK_SECRET.");
        }
        var seen = Remembered(now);
        foreach (var entry in seen)
        {
            if (entry.Signature == signature.ToLowerInvariant()) return Refused("replayed", "This envelope was accepted before; a replay is refused.");
        }
        seen.Add(new SeenSignature { Signature = signature.ToLowerInvariant(), Expires = timestamp + WebhookSignature.ToleranceSeconds });
        if (seen.Count > MaxRemembered) seen.RemoveRange(0, seen.Count - MaxRemembered);
        _store.Set(StateKeys.WebhookSignatures, JsonConvert.SerializeObject(seen));
        return new EnvelopeCheck { Valid = true, Payload = payload };
    }

    /// <summary>The signatures still inside their window.</summary>
    private List<SeenSignature> Remembered(long now)
    {
        var kept = new List<SeenSignature>();
        var text = _store.Get(StateKeys.WebhookSignatures);
        if (text is null) return kept;
        List<SeenSignature>? all;
        try
        {
            all = JsonConvert.DeserializeObject<List<SeenSignature>>(text);
        }
        catch (Exception)
        {
            all = null;
        }
        foreach (var entry in all ?? new List<SeenSignature>())
        {
            if (entry.Expires >= now) kept.Add(entry);
        }
        return kept;
    }

    private static EnvelopeCheck Refused(string error, string detail) => new EnvelopeCheck { Valid = false, Error = error, Detail = detail };
}

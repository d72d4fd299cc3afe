using System;
using Newtonsoft.Json;
using SpotifySync.Core.Ports;
using SpotifySync.Core.State;

namespace SpotifySync.Core.Webhooks;

/// <summary>
/// Verifies the signed envelopes <c>doPost</c> receives: well-formed, signed with <c>WEBHOOK_SECRET</c> within the
/// window (<see cref="WebhookSignature.Check"/>), and not accepted before (<see cref="ReplayMemory"/>).
/// </summary>
public sealed class EnvelopeVerifier
{
    private readonly ICrypto _crypto;
    private readonly IClock _clock;
    private readonly ReplayMemory _replays;
    private readonly string? _secret;

    public EnvelopeVerifier(ICrypto crypto, IClock clock, IKeyValueStore store, string? secret)
    {
        _crypto = crypto;
        _clock = clock;
        _replays = new ReplayMemory(store, StateKeys.WebhookSignatures);
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
        switch (WebhookSignature.Check(_crypto, _secret, timestamp, signature, payload, now))
        {
            case SignatureVerdict.OutsideWindow:
                return Refused("expired", $"The timestamp {timestamp} is more than {WebhookSignature.ToleranceSeconds} seconds from now ({now}): check the companion's clock.");
            case SignatureVerdict.Mismatch:
            case SignatureVerdict.Missing:
                return Refused("bad_signature", "The signature does not match: the companion and the script must share the same WEBHOOK_SECRET.");
        }
        if (_replays.WasAccepted(signature, now)) return Refused("replayed", "This envelope was accepted before; a replay is refused.");
        _replays.Remember(signature, timestamp + WebhookSignature.ToleranceSeconds, now);
        return new EnvelopeCheck { Valid = true, Payload = payload };
    }

    private static EnvelopeCheck Refused(string error, string detail) => new EnvelopeCheck { Valid = false, Error = error, Detail = detail };
}

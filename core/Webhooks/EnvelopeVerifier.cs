using System;
using Newtonsoft.Json;
using SpotifySync.Core.Ports;
using SpotifySync.Core.State;

namespace SpotifySync.Core.Webhooks;

/// <summary>
/// Verifies the signed envelopes <c>doPost</c> receives: well-formed, signed with <c>WEBHOOK_SECRET</c> within the
/// window (<see cref="WebhookSignature.Check"/>), not accepted before (<see cref="ReplayMemory"/>), and with a payload the
/// receiver can take. Only an envelope accepted on every count has its signature remembered: a refused one changes
/// nothing.
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

    /// <param name="refusePayload">What the receiver says of a verified payload: its refusal (of one too big to keep), or null to take it; asked before the signature is remembered.</param>
    public EnvelopeCheck Verify(string body, Func<string, ErrorBody?> refusePayload)
    {
        if (_secret is null) return RefusedFor(SignatureRefusals.NotConfigured("envelope"));
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
                return RefusedFor(SignatureRefusals.Expired(timestamp, now));
            case SignatureVerdict.Mismatch:
            case SignatureVerdict.Missing:
                return RefusedFor(SignatureRefusals.BadSignature());
        }
        if (_replays.WasAccepted(signature, now)) return Refused("replayed", "This envelope was accepted before; a replay is refused.");
        if (refusePayload(payload) is { } refusal) return RefusedFor(refusal);
        _replays.Remember(signature, timestamp + WebhookSignature.ToleranceSeconds, now);
        return new EnvelopeCheck { Valid = true, Payload = payload };
    }

    private static EnvelopeCheck RefusedFor(ErrorBody refusal) => Refused(refusal.Error, refusal.Detail);

    private static EnvelopeCheck Refused(string error, string detail) => new EnvelopeCheck { Valid = false, Error = error, Detail = detail };
}

namespace SpotifySync.Core.Webhooks;

/// <summary>
/// The refusals the web app answers a signed request with when its signature does not hold, one wording for
/// <c>doPost</c>'s envelopes (<see cref="EnvelopeVerifier"/>) and <c>doGet</c>'s signed queries (<see cref="SignedGetVerifier"/>).
/// </summary>
public static class SignatureRefusals
{
    public static ErrorBody NotConfigured(string what) =>
        new ErrorBody { Error = "not_configured", Detail = $"The script property WEBHOOK_SECRET is not set, so no {what} can be verified: set it to the companion's secret." };

    public static ErrorBody Expired(long timestamp, long now) =>
        new ErrorBody { Error = "expired", Detail = $"The timestamp {timestamp} is more than {WebhookSignature.ToleranceSeconds} seconds from now ({now}): check the clock of the machine that signed it." };

    public static ErrorBody BadSignature() =>
        new ErrorBody { Error = "bad_signature", Detail = "The signature does not match: the companion and the script must share the same WEBHOOK_SECRET." };
}

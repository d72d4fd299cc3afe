using SpotifySync.Core.Ports;

namespace SpotifySync.Core.Webhooks;

/// <summary>
/// Verifies the signed GETs the web app's <c>doGet</c> receives, which cannot read headers: the query parameters
/// <see cref="WebhookSignature.TimestampParameter"/> and <see cref="WebhookSignature.SignatureParameter"/>, over
/// <see cref="WebhookSignature.WebAppRequestLine"/> within the window. A signed GET is not remembered as doPost's
/// envelopes are: it changes nothing, and remembering every read would write a property each time and push the
/// envelopes' signatures out of the <see cref="ReplayMemory"/>.
/// </summary>
public sealed class SignedGetVerifier
{
    private readonly ICrypto _crypto;
    private readonly IClock _clock;
    private readonly string? _secret;

    public SignedGetVerifier(ICrypto crypto, IClock clock, string? secret)
    {
        _crypto = crypto;
        _clock = clock;
        _secret = secret;
    }

    /// <summary>Null when the GET of <paramref name="pathInfo"/> is signed with the secret and fresh, else why it is refused.</summary>
    public ErrorBody? Refusal(string? timestamp, string? signature, string? pathInfo)
    {
        if (_secret is null) return SignatureRefusals.NotConfigured("signed request");
        var seconds = WebhookSignature.ParseTimestamp(timestamp);
        if (seconds is null)
        {
            return new ErrorBody { Error = "invalid_request", Detail = $"The query parameter {WebhookSignature.TimestampParameter} must be Unix seconds in digits, beside {WebhookSignature.SignatureParameter}." };
        }
        var now = WebhookSignature.UnixSeconds(_clock.UtcNow());
        switch (WebhookSignature.Check(_crypto, _secret, seconds, signature, WebhookSignature.WebAppRequestLine(pathInfo), now))
        {
            case SignatureVerdict.OutsideWindow:
                return SignatureRefusals.Expired(seconds.Value, now);
            case SignatureVerdict.Mismatch:
            case SignatureVerdict.Missing:
                return SignatureRefusals.BadSignature();
        }
        return null;
    }
}

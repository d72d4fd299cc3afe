namespace SpotifySync.Core.Webhooks;

/// <summary>The verdict on a signed request (<see cref="WebhookSignature.Check"/>).</summary>
public enum SignatureVerdict
{
    Valid,

    /// <summary>No timestamp or no signature.</summary>
    Missing,

    /// <summary>The timestamp is more than <see cref="WebhookSignature.ToleranceSeconds"/> from now.</summary>
    OutsideWindow,

    /// <summary>Not signed with this secret over this text.</summary>
    Mismatch,
}

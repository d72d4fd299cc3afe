namespace SpotifySync.Core.Webhooks;

/// <summary>The verdict on an envelope: its payload when valid, else why it was refused.</summary>
public sealed class EnvelopeCheck
{
    public bool Valid { get; set; }

    /// <summary>Such as <c>expired</c>, <c>bad_signature</c>, <c>replayed</c>; null when valid.</summary>
    public string? Error { get; set; }

    public string? Detail { get; set; }

    public string? Payload { get; set; }
}

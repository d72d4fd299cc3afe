namespace SpotifySync.Core.Scenarios.World;

/// <summary>A request the companion received from the script, with what the companion makes of its signature.</summary>
public sealed class CompanionRequest
{
    /// <summary>The method as sent, <c>POST</c>.</summary>
    public string Method { get; set; } = "";

    public string Url { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>The <c>X-SpotifySync-Timestamp</c> header, or null.</summary>
    public string? Timestamp { get; set; }

    /// <summary>Whether the companion, with the secret it shares, finds the signature valid as its server checks it.</summary>
    public bool SignatureValid { get; set; }
}

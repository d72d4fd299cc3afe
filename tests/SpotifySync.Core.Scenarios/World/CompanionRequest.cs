namespace SpotifySync.Core.Scenarios.World;

/// <summary>A request the companion received from the script, with what the companion makes of its signature and body.</summary>
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

    /// <summary>The event of the notification the body carries, as the companion reads it; null for another body.</summary>
    public string? Event { get; set; }

    /// <summary>How many pages the notification says were created.</summary>
    public int Created { get; set; }

    /// <summary>The Spotify IDs of the tracks the notification says got pages.</summary>
    public string[] Ids { get; set; } = new string[0];
}

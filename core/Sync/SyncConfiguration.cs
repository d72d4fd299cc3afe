namespace SpotifySync.Core.Sync;

/// <summary>The script properties the sync needs, read and checked once per execution.</summary>
public sealed class SyncConfiguration
{
    public string SpotifyClientId { get; set; } = "";

    public string SpotifyClientSecret { get; set; } = "";

    public string NotionToken { get; set; } = "";

    public string TracksDbId { get; set; } = "";

    /// <summary>The configuration database or data source, whose row of Trigger Type GAS is the script's; null without one.</summary>
    public string? ConfigDbId { get; set; }

    public string? CompanionUrl { get; set; }

    public string? WebhookSecret { get; set; }

    public string? AlertEmail { get; set; }
}

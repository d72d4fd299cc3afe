namespace SpotifySync.Companion.State;

/// <summary>A notification Apps Script (or a person) sent to <c>POST /gas/webhook</c>, as received; its Spotify IDs are not kept.</summary>
public sealed class WebhookEvent
{
    public string Event { get; set; } = "";
    public string ReceivedAt { get; set; } = "";

    /// <summary>How many pages the run it tells of created.</summary>
    public int Created { get; set; }

    /// <summary>The run it started, if any.</summary>
    public string? RunId { get; set; }
}

using System.Text.Json;

namespace SpotifySync.Companion.State;

/// <summary>An event Apps Script sent to <c>POST /gas/webhook</c>, as received.</summary>
public sealed class WebhookEvent
{
    public string Event { get; set; } = "";
    public string ReceivedAt { get; set; } = "";
    public JsonElement? Data { get; set; }

    /// <summary>The run it started, if any.</summary>
    public string? RunId { get; set; }
}

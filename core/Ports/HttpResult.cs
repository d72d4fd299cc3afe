using System.Collections.Generic;

namespace SpotifySync.Core.Ports;

/// <summary>One HTTP response: status, body text and headers.</summary>
public sealed class HttpResult
{
    public int Status { get; set; }

    public string Body { get; set; } = "";

    /// <summary>Response headers keyed by lowercase name (<c>retry-after</c>), so lookups need no case rules.</summary>
    public Dictionary<string, string> Headers { get; set; } = new();
}

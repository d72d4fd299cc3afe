using System.Collections.Generic;

namespace SpotifySync.Core.Ports;

/// <summary>One HTTP request of the sync core.</summary>
public sealed class HttpRequest
{
    public string Url { get; set; } = "";

    /// <summary>The method in lowercase, one of <see cref="HttpMethods"/>.</summary>
    public string Method { get; set; } = HttpMethods.Get;

    /// <summary>Request headers by name; Content-Type goes in <see cref="ContentType"/>.</summary>
    public Dictionary<string, string> Headers { get; set; } = new();

    /// <summary>The body text, or null for none.</summary>
    public string? Body { get; set; }

    /// <summary>The body's media type, such as <c>application/json</c>; null without a body.</summary>
    public string? ContentType { get; set; }
}

using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpotifySync.App;

/// <summary>One signed report the companion posted to <c>doPost</c>.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class CompanionEvent
{
    /// <summary>When it arrived, ISO 8601 UTC.</summary>
    public string? ReceivedAt { get; set; }

    /// <summary>The signed payload as the companion sent it (JSON text).</summary>
    public string? Payload { get; set; }
}

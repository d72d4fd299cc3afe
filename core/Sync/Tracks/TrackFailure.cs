using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
namespace SpotifySync.Core.Sync.Tracks;

/// <summary>A track Notion refused (a 400 validation error): skipped, with Notion's message, and never retried in a loop.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class TrackFailure
{
    public string SpotifyId { get; set; } = "";

    public string Error { get; set; } = "";
}

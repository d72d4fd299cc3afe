using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpotifySync.App;

/// <summary>All <c>doGet</c> tells an unsigned request: that the web app answers, and nothing of the sync's state.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class WebAppHealth
{
    public string Status { get; set; } = "ok";
}

using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpotifySync.App;

/// <summary>What <c>authorizeSpotify()</c> returns: the URL to open and what the Spotify app must be set up with.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class AuthorizationStart
{
    public string Url { get; set; } = "";

    /// <summary>The redirect URI the Spotify app must list exactly.</summary>
    public string RedirectUri { get; set; } = "";

    public string Scopes { get; set; } = "";
}

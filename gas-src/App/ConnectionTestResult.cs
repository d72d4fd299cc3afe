using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpotifySync.App;

/// <summary>What <c>testSpotifyConnection()</c> returns.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class ConnectionTestResult
{
    public bool Ok { get; set; }

    public string? UserId { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>When Spotify was authorized, ISO 8601 UTC.</summary>
    public string? AuthorizedAt { get; set; }

    /// <summary>When the refresh token dies (six months after the authorization) and <c>authorizeSpotify()</c> is needed again.</summary>
    public string? RefreshTokenExpiresAt { get; set; }

    public string? Error { get; set; }
}

using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>
/// A track as the 2026 API gives it to a development-mode app (no <c>popularity</c>, no <c>available_markets</c>),
/// or, on a playlist, an episode (<see cref="Type"/> <c>episode</c>: no album or artists, a show, images and a
/// release date of its own). A local file (<see cref="IsLocal"/>) has a null id and no ISRC: key it on its uri.
/// </summary>
public sealed class SpotifyTrack
{
    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("name")]
    public string? Name { get; set; }

    /// <summary><c>track</c> or <c>episode</c>.</summary>
    [JsonProperty("type")]
    public string? Type { get; set; }

    [JsonProperty("uri")]
    public string? Uri { get; set; }

    [JsonProperty("duration_ms")]
    public long? DurationMs { get; set; }

    [JsonProperty("explicit")]
    public bool? Explicit { get; set; }

    [JsonProperty("is_local")]
    public bool? IsLocal { get; set; }

    [JsonProperty("disc_number")]
    public int? DiscNumber { get; set; }

    [JsonProperty("track_number")]
    public int? TrackNumber { get; set; }

    [JsonProperty("external_ids")]
    public SpotifyExternalIds? ExternalIds { get; set; }

    [JsonProperty("external_urls")]
    public SpotifyExternalUrls? ExternalUrls { get; set; }

    [JsonProperty("album")]
    public SpotifyAlbum? Album { get; set; }

    [JsonProperty("artists")]
    public List<SpotifyArtist>? Artists { get; set; }

    /// <summary>An episode's show.</summary>
    [JsonProperty("show")]
    public SpotifyShow? Show { get; set; }

    /// <summary>An episode's images (a track's are its album's).</summary>
    [JsonProperty("images")]
    public List<SpotifyImage>? Images { get; set; }

    /// <summary>An episode's release date (a track's is its album's).</summary>
    [JsonProperty("release_date")]
    public string? ReleaseDate { get; set; }

    [JsonProperty("release_date_precision")]
    public string? ReleaseDatePrecision { get; set; }
}

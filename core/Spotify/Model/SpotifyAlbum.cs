using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>The simplified album of a track. Images come widest first; the id is null on local files.</summary>
public sealed class SpotifyAlbum
{
    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("name")]
    public string? Name { get; set; }

    [JsonProperty("album_type")]
    public string? AlbumType { get; set; }

    /// <summary><c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, as <see cref="ReleaseDatePrecision"/> says.</summary>
    [JsonProperty("release_date")]
    public string? ReleaseDate { get; set; }

    /// <summary><c>year</c>, <c>month</c> or <c>day</c>.</summary>
    [JsonProperty("release_date_precision")]
    public string? ReleaseDatePrecision { get; set; }

    [JsonProperty("images")]
    public List<SpotifyImage>? Images { get; set; }

    [JsonProperty("artists")]
    public List<SpotifyArtist>? Artists { get; set; }

    [JsonProperty("uri")]
    public string? Uri { get; set; }
}

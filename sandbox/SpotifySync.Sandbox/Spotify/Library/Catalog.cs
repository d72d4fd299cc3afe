using System;
using System.Collections.Generic;

namespace SpotifySync.Sandbox.Spotify.Library;

/// <summary>An image as the Web API lists it: widest first; playlist images have no known size.</summary>
public sealed record SpotifyImage(string Url, int? Height, int? Width);

/// <summary>An artist; a local file's artist has no <see cref="Id"/>.</summary>
public sealed record Artist(string? Id, string Name);

/// <param name="AlbumType"><c>album</c>, <c>single</c> or <c>compilation</c>; null for a local file's album.</param>
/// <param name="ReleaseDate"><c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> as <paramref name="ReleaseDatePrecision"/> says.</param>
/// <param name="ReleaseDatePrecision"><c>year</c>, <c>month</c> or <c>day</c>.</param>
public sealed record Album(
    string? Id,
    string Name,
    string? AlbumType,
    string? ReleaseDate,
    string? ReleaseDatePrecision,
    int TotalTracks,
    IReadOnlyList<Artist> Artists,
    IReadOnlyList<SpotifyImage> Images);

/// <summary>
/// A track of the catalog, or a local file (<see cref="IsLocal"/>): a file on the user's disk that a playlist
/// names, with no id, no ISRC and a <c>spotify:local:</c> URI built from its tags.
/// </summary>
public sealed record Track(
    string? Id,
    string Name,
    IReadOnlyList<Artist> Artists,
    Album Album,
    int DurationMs,
    bool Explicit,
    int DiscNumber,
    int TrackNumber,
    string? Isrc,
    bool IsLocal)
{
    /// <summary><c>spotify:track:{id}</c>, or for a local file <c>spotify:local:{artist}:{album}:{title}:{seconds}</c>, each part form-encoded.</summary>
    public string Uri => IsLocal
        ? $"spotify:local:{FormEncode(Artists.Count > 0 ? Artists[0].Name : "")}:{FormEncode(Album.Name)}:{FormEncode(Name)}:{DurationMs / 1000}"
        : $"spotify:track:{Id}";

    private static string FormEncode(string value) => System.Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal);
}

/// <summary>A podcast.</summary>
public sealed record Show(string Id, string Name, string Description, bool Explicit, int TotalEpisodes, IReadOnlyList<SpotifyImage> Images);

/// <summary>A podcast episode; it appears in playlists, never in saved tracks or recently played.</summary>
public sealed record Episode(
    string Id,
    string Name,
    Show Show,
    string Description,
    int DurationMs,
    bool Explicit,
    string ReleaseDate,
    string ReleaseDatePrecision,
    string Language,
    IReadOnlyList<SpotifyImage> Images)
{
    public string Uri => $"spotify:episode:{Id}";
}

/// <summary>A Spotify account. <see cref="AccountId"/> is the pseudonymous id added in May 2026.</summary>
public sealed record SpotifyUser(string Id, string? DisplayName, string AccountId, IReadOnlyList<SpotifyImage> Images)
{
    public string Uri => $"spotify:user:{Id}";
}

/// <summary>A track the user saved (liked) at <see cref="AddedAt"/>; a time after "now" is a like still to come.</summary>
public sealed record SavedTrack(DateTimeOffset AddedAt, Track Track);

/// <summary>Where a play started from: an album, a playlist, an artist or a show page.</summary>
/// <param name="Type"><c>album</c>, <c>playlist</c>, <c>artist</c> or <c>show</c>.</param>
public sealed record PlayContext(string Type, string Id)
{
    public string Uri => $"spotify:{Type}:{Id}";
}

/// <summary>A track played to the end (or past 30 s) at <see cref="PlayedAt"/>; a time after "now" is a play still to come.</summary>
public sealed record Play(DateTimeOffset PlayedAt, Track Track, PlayContext? Context);

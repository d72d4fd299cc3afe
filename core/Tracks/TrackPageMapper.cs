using System.Collections.Generic;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Spotify.Model;

namespace SpotifySync.Core.Tracks;

/// <summary>
/// The new page of a Spotify track: the sync-owned property values only (never the companion's Download Status,
/// Downloaded, File Path or SoundCloud URL), with the album art as cover (the widest image) and icon (the narrowest).
/// A value Spotify does not give (a missing ISRC, an unknown release date) is left out, not written empty.
/// </summary>
public static class TrackPageMapper
{
    /// <summary>The create-page request of <paramref name="track"/> in the data source, as met in <paramref name="context"/>.</summary>
    public static NotionCreatePageRequest NewPage(string dataSourceId, TrackPropertyNames names, SpotifyTrack track, TrackContext context)
    {
        var properties = new Dictionary<string, NotionPropertyValue>
        {
            [names.Name] = NotionValues.Title(track.Name ?? ""),
            [names.Artist] = NotionValues.RichText(ArtistNames(track)),
            [names.Album] = NotionValues.RichText(track.Album?.Name ?? track.Show?.Name ?? ""),
            [names.Source] = NotionValues.Select(context.Source),
            [names.InLibrary] = NotionValues.Checkbox(context.Source == TrackSources.Saved),
        };
        if (track.Id is { } id)
        {
            properties[names.SpotifyId] = NotionValues.RichText(id);
            properties[names.SpotifyUrl] = NotionValues.Url(track.ExternalUrls?.Spotify ?? $"https://open.spotify.com/{track.Type ?? "track"}/{id}");
        }
        if (track.ExternalIds?.Isrc is { } isrc && isrc != "") properties[names.Isrc] = NotionValues.RichText(isrc);
        if (track.DurationMs is { } durationMs) properties[names.Duration] = NotionValues.Number((durationMs + 500) / 1000);
        var releaseDate = track.Album is { } album
            ? ReleaseDates.ToNotionDate(album.ReleaseDate, album.ReleaseDatePrecision)
            : ReleaseDates.ToNotionDate(track.ReleaseDate, track.ReleaseDatePrecision);
        if (releaseDate is not null) properties[names.ReleaseDate] = new NotionPropertyValue { Date = releaseDate };
        if (context.AddedAt is { } addedAt) properties[names.AddedAt] = NotionValues.Date(addedAt);
        if (context.PlaylistName is { } playlist) properties[names.Playlists] = NotionValues.MultiSelect(new List<string> { playlist });
        if (context.PlayedAt is { } playedAt)
        {
            properties[names.LastPlayed] = NotionValues.Date(playedAt);
            properties[names.PlayCount] = NotionValues.Number(1);
        }
        var images = track.Album?.Images ?? track.Images ?? new List<SpotifyImage>();
        return new NotionCreatePageRequest
        {
            Parent = new NotionParent { DataSourceId = dataSourceId },
            Properties = properties,
            Cover = External(Widest(images)),
            Icon = External(Narrowest(images)),
        };
    }

    /// <summary>The artists' names joined by ", ", in Spotify's order (the main artist first).</summary>
    public static string ArtistNames(SpotifyTrack track)
    {
        var names = new List<string>();
        foreach (var artist in track.Artists ?? new List<SpotifyArtist>())
        {
            if (!string.IsNullOrEmpty(artist.Name)) names.Add(artist.Name);
        }
        return string.Join(", ", names);
    }

    private static NotionFileObject? External(string? url) =>
        url is null ? null : new NotionFileObject { Type = "external", External = new NotionExternalFile { Url = url } };

    private static string? Widest(List<SpotifyImage> images)
    {
        SpotifyImage? best = null;
        foreach (var image in images)
        {
            if (image.Url is not null && (best is null || (image.Width ?? 0) > (best.Width ?? 0))) best = image;
        }
        return best?.Url;
    }

    private static string? Narrowest(List<SpotifyImage> images)
    {
        SpotifyImage? best = null;
        foreach (var image in images)
        {
            if (image.Url is not null && (best is null || (image.Width ?? int.MaxValue) < (best.Width ?? int.MaxValue))) best = image;
        }
        return best?.Url;
    }
}

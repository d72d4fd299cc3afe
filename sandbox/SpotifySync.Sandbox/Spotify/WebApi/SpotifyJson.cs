using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SpotifySync.Sandbox.Spotify.Library;

namespace SpotifySync.Sandbox.Spotify.WebApi;

/// <summary>
/// The Web API's objects as a development-mode app receives them after the February/March 2026 migration: no
/// <c>popularity</c>, <c>available_markets</c>, <c>linked_from</c>, album <c>label</c>; <c>external_ids</c> kept;
/// <c>is_playable</c> only when a market applies. <paramref name="apiBase"/> is where the request arrived
/// (<c>https://api.spotify.com/</c> in-process, the loopback address otherwise) so that every <c>href</c> leads back here.
/// </summary>
internal sealed class SpotifyJson(string apiBase, bool transitionalPlaylistKeys)
{
    private const string Open = "https://open.spotify.com/";

    /// <summary>Names and titles go out as UTF-8, not as <c>\u</c> escapes, as Spotify sends them.</summary>
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Ok(JsonObject body) => TypedResults.Json(body, Options);

    public string Href(string path) => apiBase + "v1/" + path;

    public JsonObject Me(SpotifyUser user) => new()
    {
        ["account_id"] = user.AccountId,
        ["display_name"] = user.DisplayName,
        ["external_urls"] = Spotify("user", user.Id),
        ["href"] = Href($"users/{user.Id}"),
        ["id"] = user.Id,
        ["images"] = Images(user.Images),
        ["type"] = "user",
        ["uri"] = user.Uri,
    };

    /// <summary>A playlist's owner carries <c>display_name</c>; an entry's <c>added_by</c> does not.</summary>
    public JsonObject PublicUser(SpotifyUser user, bool withDisplayName)
    {
        var json = new JsonObject();
        if (withDisplayName) json["display_name"] = user.DisplayName;
        json["external_urls"] = Spotify("user", user.Id);
        json["href"] = Href($"users/{user.Id}");
        json["id"] = user.Id;
        json["type"] = "user";
        json["uri"] = user.Uri;
        return json;
    }

    /// <param name="inPlaylist">Playlist items carry the undocumented booleans <c>episode</c> and <c>track</c>.</param>
    public JsonObject Track(Track track, bool marketApplied, bool inPlaylist = false)
    {
        if (track.IsLocal) return LocalFile(track);
        var json = new JsonObject
        {
            ["album"] = Album(track.Album, marketApplied),
            ["artists"] = new JsonArray(track.Artists.Select(Artist).ToArray<JsonNode?>()),
            ["disc_number"] = track.DiscNumber,
            ["duration_ms"] = track.DurationMs,
            ["explicit"] = track.Explicit,
            ["external_ids"] = new JsonObject { ["isrc"] = track.Isrc },
            ["external_urls"] = Spotify("track", track.Id!),
            ["href"] = Href($"tracks/{track.Id}"),
            ["id"] = track.Id,
            ["is_local"] = false,
        };
        if (marketApplied) json["is_playable"] = true;
        json["name"] = track.Name;
        json["preview_url"] = null;
        json["track_number"] = track.TrackNumber;
        json["type"] = "track";
        json["uri"] = track.Uri;
        if (inPlaylist)
        {
            json["episode"] = false;
            json["track"] = true;
        }
        return json;
    }

    public JsonObject Episode(Episode episode) => new()
    {
        ["audio_preview_url"] = null,
        ["description"] = episode.Description,
        ["duration_ms"] = episode.DurationMs,
        ["episode"] = true,
        ["explicit"] = episode.Explicit,
        ["external_urls"] = Spotify("episode", episode.Id),
        ["href"] = Href($"episodes/{episode.Id}"),
        ["html_description"] = $"<p>{System.Net.WebUtility.HtmlEncode(episode.Description)}</p>",
        ["id"] = episode.Id,
        ["images"] = Images(episode.Images),
        ["is_externally_hosted"] = false,
        ["language"] = episode.Language,
        ["languages"] = new JsonArray(episode.Language),
        ["name"] = episode.Name,
        ["release_date"] = episode.ReleaseDate,
        ["release_date_precision"] = episode.ReleaseDatePrecision,
        ["show"] = Show(episode.Show),
        ["track"] = false,
        ["type"] = "episode",
        ["uri"] = episode.Uri,
    };

    /// <summary>
    /// One playlist entry. Without <c>episode</c> in <c>additional_types</c> an episode comes back as <c>null</c>
    /// (what the real service sends then is unverified; the reference says always send the parameter).
    /// </summary>
    public JsonObject PlaylistItem(PlaylistEntry entry, bool episodes, bool marketApplied)
    {
        JsonNode? Content() => entry.Track is { } track ? Track(track, marketApplied, inPlaylist: true)
            : entry.Episode is { } episode && episodes ? Episode(episode)
            : null;
        var json = new JsonObject
        {
            ["added_at"] = entry.AddedAt is { } added ? Seconds(added) : null,
            ["added_by"] = entry.AddedBy is { } by ? PublicUser(by, withDisplayName: false) : null,
            ["is_local"] = entry.Track?.IsLocal ?? false,
            ["primary_color"] = null,
            ["video_thumbnail"] = new JsonObject { ["url"] = null },
            ["item"] = Content(),
        };
        if (transitionalPlaylistKeys) json["track"] = Content();
        return json;
    }

    /// <summary>The SimplifiedPlaylistObject of <c>/me/playlists</c>, which carries both <c>tracks</c> and <c>items</c> summaries.</summary>
    public JsonObject SimplifiedPlaylist(Playlist playlist, int entryCount)
    {
        var json = PlaylistHead(playlist, withFollowers: false);
        json["tracks"] = new JsonObject { ["href"] = Href($"playlists/{playlist.Id}/tracks"), ["total"] = entryCount };
        json["items"] = new JsonObject { ["href"] = Href($"playlists/{playlist.Id}/items"), ["total"] = entryCount };
        json["type"] = "playlist";
        json["uri"] = playlist.Uri;
        return json;
    }

    /// <summary>The full PlaylistObject; <paramref name="items"/> is null for a playlist whose contents the user may not read.</summary>
    public JsonObject Playlist(Playlist playlist, JsonObject? items)
    {
        var json = PlaylistHead(playlist, withFollowers: true);
        if (items is not null)
        {
            json["items"] = items;
            if (transitionalPlaylistKeys) json["tracks"] = items.DeepClone();
        }
        json["type"] = "playlist";
        json["uri"] = playlist.Uri;
        return json;
    }

    public JsonObject Page(string path, string? extraQuery, IEnumerable<JsonNode?> items, int limit, int offset, int total) => new()
    {
        ["href"] = PageHref(path, offset, limit, extraQuery),
        ["items"] = new JsonArray(items.ToArray()),
        ["limit"] = limit,
        ["next"] = offset + limit < total ? PageHref(path, offset + limit, limit, extraQuery) : null,
        ["offset"] = offset,
        ["previous"] = offset > 0 ? PageHref(path, Math.Max(0, offset - limit), limit, extraQuery) : null,
        ["total"] = total,
    };

    public JsonObject PlayHistory(Play play) => new()
    {
        ["track"] = Track(play.Track, marketApplied: false),
        ["played_at"] = play.PlayedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        ["context"] = play.Context is { } context
            ? new JsonObject
            {
                ["type"] = context.Type,
                ["external_urls"] = Spotify(context.Type, context.Id),
                ["href"] = Href($"{context.Type}s/{context.Id}"),
                ["uri"] = context.Uri,
            }
            : null,
    };

    public static string Seconds(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private string PageHref(string path, int offset, int limit, string? extraQuery) =>
        Href($"{path}?offset={offset}&limit={limit}{(string.IsNullOrEmpty(extraQuery) ? "" : "&" + extraQuery)}");

    private JsonObject PlaylistHead(Playlist playlist, bool withFollowers)
    {
        var json = new JsonObject
        {
            ["collaborative"] = playlist.Collaborative,
            ["description"] = playlist.Description,
            ["external_urls"] = Spotify("playlist", playlist.Id),
        };
        if (withFollowers) json["followers"] = new JsonObject { ["href"] = null, ["total"] = playlist.Followers };
        json["href"] = Href($"playlists/{playlist.Id}");
        json["id"] = playlist.Id;
        json["images"] = Images(playlist.Images);
        json["name"] = playlist.Name;
        json["owner"] = PublicUser(playlist.Owner, withDisplayName: true);
        json["primary_color"] = null;
        json["public"] = playlist.IsPublic;
        json["snapshot_id"] = playlist.SnapshotId;
        return json;
    }

    private JsonObject Album(Album album, bool marketApplied)
    {
        var json = new JsonObject
        {
            ["album_type"] = album.AlbumType,
            ["artists"] = new JsonArray(album.Artists.Select(Artist).ToArray<JsonNode?>()),
            ["external_urls"] = Spotify("album", album.Id!),
            ["href"] = Href($"albums/{album.Id}"),
            ["id"] = album.Id,
            ["images"] = Images(album.Images),
        };
        if (marketApplied) json["is_playable"] = true;
        json["name"] = album.Name;
        json["release_date"] = album.ReleaseDate;
        json["release_date_precision"] = album.ReleaseDatePrecision;
        json["total_tracks"] = album.TotalTracks;
        json["type"] = "album";
        json["uri"] = $"spotify:album:{album.Id}";
        return json;
    }

    private JsonObject Artist(Artist artist) => new()
    {
        ["external_urls"] = Spotify("artist", artist.Id!),
        ["href"] = Href($"artists/{artist.Id}"),
        ["id"] = artist.Id,
        ["name"] = artist.Name,
        ["type"] = "artist",
        ["uri"] = $"spotify:artist:{artist.Id}",
    };

    /// <summary>A local file: no ids, no links, empty <c>external_ids</c>, disc and track number 0, and no <c>total_tracks</c> on its album.</summary>
    private static JsonObject LocalFile(Track track) => new()
    {
        ["album"] = new JsonObject
        {
            ["album_type"] = null,
            ["external_urls"] = new JsonObject(),
            ["href"] = null,
            ["id"] = null,
            ["images"] = new JsonArray(),
            ["name"] = track.Album.Name,
            ["release_date"] = null,
            ["release_date_precision"] = null,
            ["type"] = "album",
            ["uri"] = null,
            ["artists"] = new JsonArray(),
        },
        ["artists"] = new JsonArray(track.Artists.Select(a => (JsonNode?)new JsonObject
        {
            ["external_urls"] = new JsonObject(),
            ["href"] = null,
            ["id"] = null,
            ["name"] = a.Name,
            ["type"] = "artist",
            ["uri"] = null,
        }).ToArray()),
        ["explicit"] = false,
        ["preview_url"] = null,
        ["type"] = "track",
        ["disc_number"] = 0,
        ["external_ids"] = new JsonObject(),
        ["external_urls"] = new JsonObject(),
        ["href"] = null,
        ["id"] = null,
        ["duration_ms"] = track.DurationMs,
        ["name"] = track.Name,
        ["uri"] = track.Uri,
        ["track_number"] = 0,
        ["is_local"] = true,
    };

    private JsonObject Show(Show show) => new()
    {
        ["copyrights"] = new JsonArray(),
        ["description"] = show.Description,
        ["explicit"] = show.Explicit,
        ["external_urls"] = Spotify("show", show.Id),
        ["href"] = Href($"shows/{show.Id}"),
        ["html_description"] = $"<p>{System.Net.WebUtility.HtmlEncode(show.Description)}</p>",
        ["id"] = show.Id,
        ["images"] = Images(show.Images),
        ["is_externally_hosted"] = false,
        ["languages"] = new JsonArray("en"),
        ["media_type"] = "audio",
        ["name"] = show.Name,
        ["total_episodes"] = show.TotalEpisodes,
        ["type"] = "show",
        ["uri"] = $"spotify:show:{show.Id}",
    };

    private static JsonArray Images(IReadOnlyList<SpotifyImage> images) =>
        new(images.Select(i => (JsonNode?)new JsonObject { ["height"] = i.Height, ["url"] = i.Url, ["width"] = i.Width }).ToArray());

    private static JsonObject Spotify(string type, string id) => new() { ["spotify"] = $"{Open}{type}/{id}" };
}

using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SpotifySync.Sandbox.Spotify.Accounts;
using SpotifySync.Sandbox.Spotify.Library;

namespace SpotifySync.Sandbox.Spotify.WebApi;

/// <summary>
/// The user's playlists and their contents under the development-mode rule of 2026: contents only for playlists the
/// user owns or collaborates on (others give metadata without <c>items</c>, and 403 on <c>/items</c>).
/// </summary>
internal static class PlaylistEndpoints
{
    /// <summary>The first page of items inside a full playlist object holds up to 100 entries.</summary>
    private const int EmbeddedPage = 100;

    public static void Map(IEndpointRouteBuilder v1, SpotifySimulator simulator)
    {
        v1.MapGet("/me/playlists", (HttpContext context) =>
        {
            var request = context.Request;
            var limit = Query.Limit(request, 50);
            var offset = Query.Offset(request, 100_000);
            var grant = WebApiGate.GrantOf(context);
            var library = simulator.Library;
            // Private playlists need playlist-read-private, collaborative ones playlist-read-collaborative; without the scope they are left out.
            var visible = library.Playlists
                .Where(p => (p.IsPublic || grant.Allows(SpotifyScopes.PlaylistReadPrivate)) && (!p.Collaborative || grant.Allows(SpotifyScopes.PlaylistReadCollaborative)))
                .ToArray();
            var json = simulator.JsonFor(context);
            var items = visible.Skip(offset).Take(limit).Select(p => json.SimplifiedPlaylist(p, library.EntriesOf(p).Count));
            return SpotifyJson.Ok(json.Page("me/playlists", null, items, limit, offset, visible.Length));
        });

        v1.MapGet("/playlists/{id}", (HttpContext context, string id) =>
        {
            var playlist = Find(simulator, id);
            var market = Query.Market(context.Request);
            var json = simulator.JsonFor(context);
            var items = simulator.Library.MayReadContents(playlist)
                ? ItemsPage(simulator, json, playlist, context.Request, EmbeddedPage, 0, market is not null, passthrough: null)
                : null;
            return SpotifyJson.Ok(json.Playlist(playlist, items));
        });

        v1.MapGet("/playlists/{id}/items", (HttpContext context, string id) =>
        {
            var playlist = Find(simulator, id);
            if (!simulator.Library.MayReadContents(playlist) || playlist.ItemsForbidden) return (IResult)SpotifyError.Forbidden();
            var request = context.Request;
            var limit = Query.Limit(request, 50);
            var offset = Query.Offset(request);
            var market = Query.Market(request);
            var json = simulator.JsonFor(context);
            return SpotifyJson.Ok(ItemsPage(simulator, json, playlist, request, limit, offset, market is not null, Query.Passthrough(request, "additional_types", "market")));
        });
    }

    private static JsonObject ItemsPage(SpotifySimulator simulator, SpotifyJson json, Playlist playlist, HttpRequest request, int limit, int offset,
        bool marketApplied, string? passthrough)
    {
        var episodes = request.Query["additional_types"].ToString().Split(',').Contains("episode");
        var entries = simulator.Library.EntriesOf(playlist);
        var items = entries.Skip(offset).Take(limit).Select(e => json.PlaylistItem(e, episodes, marketApplied));
        return json.Page($"playlists/{playlist.Id}/items", passthrough, items, limit, offset, entries.Count);
    }

    private static Playlist Find(SpotifySimulator simulator, string id)
    {
        if (!SpotifyIds.IsBase62Id(id)) throw new SpotifyErrorException(SpotifyError.BadRequest("Invalid base62 id"));
        return simulator.Library.FindPlaylist(id) ?? throw new SpotifyErrorException(SpotifyError.NotFound());
    }
}

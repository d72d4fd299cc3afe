using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SpotifySync.Sandbox.Spotify.Accounts;
using SpotifySync.Sandbox.Spotify.Library;

namespace SpotifySync.Sandbox.Spotify.WebApi;

/// <summary><c>/me</c>, the saved tracks and the recently played tracks.</summary>
internal static class LibraryEndpoints
{
    public static void Map(IEndpointRouteBuilder v1, SpotifySimulator simulator)
    {
        v1.MapGet("/me", (HttpContext context) => SpotifyJson.Ok(simulator.JsonFor(context).Me(simulator.Library.User)));

        v1.MapGet("/me/tracks", (HttpContext context) =>
        {
            RequireScope(context, SpotifyScopes.LibraryRead);
            var request = context.Request;
            var limit = Query.Limit(request, 50);
            var offset = Query.Offset(request);
            var market = Query.Market(request);
            var saved = simulator.Library.SavedTracksAt(simulator.Time.Now);
            var json = simulator.JsonFor(context);
            var items = saved.Skip(offset).Take(limit).Select(s => new JsonObject
            {
                ["added_at"] = SpotifyJson.Seconds(s.AddedAt),
                ["track"] = json.Track(s.Track, market is not null),
            });
            return SpotifyJson.Ok(json.Page("me/tracks", Query.Passthrough(request, "market"), items, limit, offset, saved.Count));
        });

        v1.MapGet("/me/player/recently-played", (HttpContext context) => SpotifyJson.Ok(RecentlyPlayed(context, simulator)));
    }

    /// <summary>
    /// Cursor paging over the last 50 plays, newest first. <c>before</c> pages back in time; <c>after</c> returns the
    /// plays right after the cursor (the oldest first chosen, listed newest first) and links <c>next</c> forward when
    /// more follow. The cursor's own play is excluded either way.
    /// </summary>
    private static JsonObject RecentlyPlayed(HttpContext context, SpotifySimulator simulator)
    {
        RequireScope(context, SpotifyScopes.RecentlyPlayed);
        var request = context.Request;
        var limit = Query.Limit(request, 50);
        var before = Query.Milliseconds(request, "before");
        var after = Query.Milliseconds(request, "after");
        if (before is not null && after is not null)
        {
            throw new SpotifyErrorException(SpotifyError.BadRequest("Only one of 'before' or 'after' may be specified"));
        }
        var plays = simulator.Library.RetrievablePlaysAt(simulator.Time.Now);
        Play[] page;
        bool more;
        if (after is { } since)
        {
            var newer = plays.Where(p => p.PlayedAt.ToUnixTimeMilliseconds() > since).ToArray();
            page = newer.Skip(Math.Max(0, newer.Length - limit)).ToArray();
            more = newer.Length > limit;
        }
        else
        {
            var older = plays.Where(p => before is not { } until || p.PlayedAt.ToUnixTimeMilliseconds() < until).ToArray();
            page = older.Take(limit).ToArray();
            more = older.Length > limit;
        }
        var json = simulator.JsonFor(context);
        var cursor = after is { } a ? $"after={a}&" : before is { } b ? $"before={b}&" : "";
        var newest = page.Length > 0 ? page[0].PlayedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) : null;
        var oldest = page.Length > 0 ? page[^1].PlayedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) : null;
        return new JsonObject
        {
            ["items"] = new JsonArray(page.Select(p => (JsonNode?)json.PlayHistory(p)).ToArray()),
            ["next"] = !more ? null
                : after is not null ? json.Href($"me/player/recently-played?after={newest}&limit={limit}")
                : json.Href($"me/player/recently-played?before={oldest}&limit={limit}"),
            ["cursors"] = page.Length == 0 ? null : new JsonObject { ["after"] = newest, ["before"] = oldest },
            ["limit"] = limit,
            ["href"] = json.Href($"me/player/recently-played?{cursor}limit={limit}"),
        };
    }

    public static void RequireScope(HttpContext context, string scope)
    {
        if (!WebApiGate.GrantOf(context).Allows(scope))
        {
            throw new SpotifyErrorException(SpotifyError.Forbidden("Insufficient client scope"));
        }
    }
}

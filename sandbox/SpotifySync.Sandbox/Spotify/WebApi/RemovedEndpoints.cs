using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;

namespace SpotifySync.Sandbox.Spotify.WebApi;

/// <summary>
/// Endpoints development-mode apps lost in February/March 2026 and that answer 403 Forbidden: the track lookups
/// (<c>/tracks?ids=</c>, <c>/tracks/{id}</c>) and a playlist's old <c>/tracks</c>, replaced by <c>/items</c>.
/// </summary>
internal static class RemovedEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("/tracks", () => SpotifyError.Forbidden());
        v1.MapGet("/tracks/{id}", (string id) => SpotifyError.Forbidden());
        v1.MapGet("/playlists/{id}/tracks", (string id) => SpotifyError.Forbidden());
    }
}

using Microsoft.AspNetCore.Builder;

namespace SpotifySync.Companion.Server;

/// <summary>
/// Marks the one route of the /gas group that <see cref="SignatureFilter"/> lets through unsigned (<c>/gas/health</c>):
/// every other route is signed unless marked so, and a new route is signed by default.
/// </summary>
public sealed class UnsignedRoute
{
    private UnsignedRoute()
    {
    }

    public static readonly UnsignedRoute Instance = new();
}

/// <summary><see cref="UnsignedRoute"/> on a route.</summary>
public static class UnsignedRouteExtensions
{
    public static RouteHandlerBuilder AllowUnsigned(this RouteHandlerBuilder route) => route.WithMetadata(UnsignedRoute.Instance);
}

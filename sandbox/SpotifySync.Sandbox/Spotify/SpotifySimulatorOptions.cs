using System;
using System.Collections.Generic;
using System.Net;

namespace SpotifySync.Sandbox.Spotify;

/// <summary>A budget of requests over a rolling window: at most <see cref="Requests"/> in any <see cref="Window"/>.</summary>
public sealed record RollingWindow(int Requests, TimeSpan Window)
{
    public int Requests { get; } = Requests > 0 ? Requests : throw new ArgumentOutOfRangeException(nameof(Requests), Requests, "A budget allows at least one request.");

    public TimeSpan Window { get; } = Window > TimeSpan.Zero ? Window : throw new ArgumentOutOfRangeException(nameof(Window), Window, "A window must be positive.");
}

/// <summary>The app registered with the simulated Spotify, and how the service behaves.</summary>
public sealed record SpotifySimulatorOptions
{
    /// <summary>The app's Client ID (32 hex digits on the real dashboard).</summary>
    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    /// <summary>
    /// The allowlisted redirect URIs: HTTPS, a custom scheme, or HTTP on a loopback literal (<c>127.0.0.1</c> or <c>[::1]</c>),
    /// never <c>localhost</c>. A loopback URI registered without a port accepts any port.
    /// </summary>
    public required IReadOnlyList<string> RedirectUris
    {
        get;
        init
        {
            foreach (var uri in value) CheckRedirectUri(uri);
            field = value;
        }
    }

    /// <summary>Whether a refresh answers with a new refresh token (the old one then stops working) or without one (the old one stays).</summary>
    public bool RotateRefreshTokens { get; init; } = true;

    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromSeconds(3600);

    /// <summary>About ten minutes, per third-party guides; Spotify does not publish it.</summary>
    public TimeSpan AuthorizationCodeLifetime { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The app-wide limit over a rolling 30-second window. Spotify does not publish the number; 180 is a common estimate.</summary>
    public RollingWindow RateLimit { get; init; } = new(180, TimeSpan.FromSeconds(30));

    /// <summary>
    /// The development-mode quota per developer account over a rolling day, answered with <c>QUOTA_EXCEEDED</c>; null
    /// for none. Unpublished: one project ran out after about 1,100 requests in 24 hours.
    /// </summary>
    public RollingWindow? DailyQuota { get; init; }

    /// <summary>
    /// Sends the deprecated <c>track</c> key beside <c>item</c> in playlist items, and <c>tracks</c> beside <c>items</c> in a
    /// playlist, as responses did during the 2026 transition; off gives the post-migration development-mode shape.
    /// </summary>
    public bool TransitionalPlaylistKeys { get; init; }

    /// <summary>The <c>Retry-After</c> of an injected <c>QUOTA_EXCEEDED</c> with none given: 48925 s, a cool-down observed in August 2026.</summary>
    public TimeSpan InjectedQuotaRetryAfter { get; init; } = TimeSpan.FromSeconds(48925);

    private static void CheckRedirectUri(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            throw new ArgumentException($"\"{uri}\" is not an absolute URI.", nameof(RedirectUris));
        }
        if (parsed.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"\"{uri}\": Spotify no longer allows localhost; use the loopback literal 127.0.0.1 or [::1].", nameof(RedirectUris));
        }
        var loopback = IPAddress.TryParse(parsed.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
        if (parsed.Scheme == Uri.UriSchemeHttp && !loopback)
        {
            throw new ArgumentException($"\"{uri}\": Spotify requires HTTPS except on a loopback literal.", nameof(RedirectUris));
        }
    }
}

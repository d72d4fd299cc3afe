using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpotifySync.Companion.Ports;

/// <summary>
/// Sends the core's requests, which always name the real services (<c>https://api.notion.com/v1/…</c>,
/// <c>https://api.spotify.com/v1/…</c>, <c>https://accounts.spotify.com/api/token</c>), to the configured addresses
/// instead (SPOTIFY_SYNC_NOTION_BASE_URL, SPOTIFY_SYNC_SPOTIFY_BASE_URL: the sandbox on loopback ports in tests and
/// the demo). A request to any other address goes out unchanged.
/// </summary>
public sealed class ApiRebasingHandler : DelegatingHandler
{
    private readonly IReadOnlyList<(Uri Origin, Uri Target)> _rebases;

    /// <param name="rebases">Each real origin (<c>https://api.notion.com/</c>) and the address that answers for it.</param>
    public ApiRebasingHandler(IEnumerable<(Uri Origin, Uri Target)> rebases, HttpMessageHandler inner)
        : base(inner)
    {
        _rebases = rebases.ToList();
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && _rebases.FirstOrDefault(r => r.Origin.IsBaseOf(uri)) is { Target: { } target })
        {
            var rebased = new UriBuilder(uri) { Scheme = target.Scheme, Host = target.Host, Port = target.Port };
            rebased.Path = target.AbsolutePath.TrimEnd('/') + uri.AbsolutePath;
            request.RequestUri = rebased.Uri;
        }
        return base.SendAsync(request, cancellationToken);
    }
}

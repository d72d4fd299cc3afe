using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SpotifySync.Core.Notion;

namespace SpotifySync.Companion.CoreAdapters;

/// <summary>
/// Sends the core's Notion requests, which always name <see cref="NotionClient.BaseUrl"/>, to the configured Notion
/// address instead (SPOTIFY_SYNC_NOTION_BASE_URL: the sandbox on a loopback port in tests and the demo).
/// </summary>
public sealed class NotionRebasingHandler : DelegatingHandler
{
    private static readonly Uri NotionOrigin = new(new Uri(NotionClient.BaseUrl), "/");
    private readonly Uri _target;

    public NotionRebasingHandler(Uri target, HttpMessageHandler inner)
        : base(inner)
    {
        _target = target;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && NotionOrigin.IsBaseOf(uri))
        {
            var rebased = new UriBuilder(uri) { Scheme = _target.Scheme, Host = _target.Host, Port = _target.Port };
            rebased.Path = _target.AbsolutePath.TrimEnd('/') + uri.AbsolutePath;
            request.RequestUri = rebased.Uri;
        }
        return base.SendAsync(request, cancellationToken);
    }
}

using System;
using System.Collections.Generic;
using System.Net.Http;
using SpotifySync.Companion.Configuration;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Spotify;

namespace SpotifySync.Companion.Ports;

/// <summary>
/// The HttpClient under the core's <c>HttpClientHttp</c>: the real services, or the addresses the configuration moves
/// them to; a service that cannot be reached fails its request with a <see cref="ServiceUnreachableException"/>.
/// </summary>
public static class CoreHttp
{
    /// <summary>Longer than any single Notion or Spotify call takes; a request past it is a transport failure to the core.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(100);

    public static HttpClient Create(CompanionConfiguration configuration)
    {
        (string Url, string Service, Setting Setting, Uri? Address)[] routes =
        [
            (NotionClient.BaseUrl, "Notion", Settings.NotionBaseUrl, configuration.NotionBaseUrl),
            (SpotifyClient.BaseUrl, "Spotify", Settings.SpotifyBaseUrl, configuration.SpotifyBaseUrl),
            (SpotifyAuth.TokenEndpoint, "Spotify's accounts service", Settings.SpotifyBaseUrl, configuration.SpotifyBaseUrl),
        ];
        var rebases = new List<(Uri, Uri)>();
        var services = new List<UnreachableServiceHandler.Service>();
        foreach (var (url, service, setting, address) in routes)
        {
            var origin = Origin(url);
            var moved = address is not null && address != origin ? address : null;
            if (moved is not null) rebases.Add((origin, moved));
            services.Add(new(origin, service, moved is null ? null : (setting.Name, moved)));
        }
        return new HttpClient(new UnreachableServiceHandler(services, new ApiRebasingHandler(rebases, new SocketsHttpHandler()))) { Timeout = RequestTimeout };
    }

    private static Uri Origin(string url) => new(new Uri(url), "/");
}

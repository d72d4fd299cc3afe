using System;
using System.Collections.Generic;
using System.Net.Http;
using SpotifySync.Companion.Configuration;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Spotify;

namespace SpotifySync.Companion.CoreAdapters;

/// <summary>The HttpClient under the core's <c>HttpClientHttp</c>: the real services, or the addresses the configuration moves them to.</summary>
public static class CoreHttp
{
    /// <summary>Longer than any single Notion or Spotify call takes; a request past it is a transport failure to the core.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(100);

    public static HttpClient Create(CompanionConfiguration configuration)
    {
        var rebases = new List<(Uri, Uri)> { (Origin(NotionClient.BaseUrl), configuration.NotionBaseUrl) };
        if (configuration.SpotifyBaseUrl is { } spotify)
        {
            rebases.Add((Origin(SpotifyClient.BaseUrl), spotify));
            rebases.Add((Origin(SpotifyAuth.TokenEndpoint), spotify));
        }
        return new HttpClient(new ApiRebasingHandler(rebases, new SocketsHttpHandler())) { Timeout = RequestTimeout };
    }

    private static Uri Origin(string url) => new(new Uri(url), "/");
}

using System;
using System.Net.Http;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Timing;

namespace SpotifySync.Companion.Ports;

/// <summary>
/// The core's Notion client as the companion uses it: over HttpClient, at the configured address and pace, with no
/// 6-minute limit (a Retry-After is waited out whenever Notion's own rules allow), and the Tracks data source
/// resolved from TRACKS_DB_ID once and remembered in the core's store (<see cref="CoreStore"/>).
/// </summary>
public sealed class NotionConnection : IDisposable
{
    /// <summary>The budget of a companion run: long enough for any wait the core allows, which is what bounds it.</summary>
    private static readonly TimeSpan RunLimit = TimeSpan.FromDays(1);

    private readonly HttpClient _http;

    public NotionConnection(CompanionConfiguration configuration, TimeProvider time)
    {
        configuration.RequireNotion();
        _http = CoreHttp.Create(configuration);
        var clock = new SystemClock(time);
        Client = new NotionClient(configuration.NotionToken!, new HttpClientHttp(_http), clock, new RunBudget(clock, clock.UtcNow() + RunLimit), configuration.NotionRequestsPerSecond);
        Resolver = new NotionDataSourceResolver(Client, CoreStore.For(configuration));
        TracksDbId = configuration.TracksDbId!;
    }

    public NotionClient Client { get; }

    public NotionDataSourceResolver Resolver { get; }

    public string TracksDbId { get; }

    public string TracksDataSourceId() => Resolver.ResolveDataSourceId(TracksDbId);

    public void Dispose() => _http.Dispose();
}

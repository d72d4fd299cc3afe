using System;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Serilog;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.State;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Sync.State;
using SpotifySync.Core.Tracks;

namespace SpotifySync.Companion.Sync;

/// <summary>
/// The full Spotify → Notion sync through the shared core (core/), on .NET ports: HttpClient, .NET's HMAC,
/// the companion's <see cref="CoreStore"/>, clock, log, lock and logged alerts. The core's <see cref="FullSync"/>
/// stops inside its time budget and resumes from its saved cursor, as under Apps Script's 6-minute limit; here
/// the next slice starts at once, until the library is in Notion, the core says why it cannot go on, or a slice
/// moves nothing. Missing Tracks properties are added first, as <c>initializeSpotifySync</c> does.
/// </summary>
public sealed class CoreLibrarySync(CompanionConfiguration configuration, ILogger log, TimeProvider time, Action<string>? terminal) : ILibrarySync
{
    /// <summary>
    /// The redirect URI of the core's Spotify app credentials. The companion never runs the authorization flow (it
    /// refreshes SPOTIFY_REFRESH_TOKEN), so this is sent nowhere.
    /// </summary>
    public const string RedirectUri = "http://127.0.0.1/spotify-sync";

    /// <summary>The sync for a configuration with Spotify credentials; null without any (full runs then only download).</summary>
    public static ILibrarySync? For(CompanionConfiguration configuration, ILogger log, TimeProvider time, Action<string>? terminal) =>
        configuration.SyncsSpotify ? new CoreLibrarySync(configuration, log, time, terminal) : null;

    public Task<LibrarySyncRecord> RunAsync(string runId, CancellationToken cancellation) => Task.Run(() => Run(runId, cancellation), cancellation);

    private LibrarySyncRecord Run(string runId, CancellationToken cancellation)
    {
        configuration.RequireSpotify();
        using var http = CoreHttp.Create(configuration);
        var clock = new Ports.SystemClock(time);
        var ports = new SyncPorts(new HttpClientHttp(http), CoreStore.For(configuration), new MemoryCache(clock), clock,
            new CoreLog(log), new DotNetCrypto(), new LoggedMail(log), new RunLockPort(configuration.LockFile, runId), new LogProgress(log, terminal));
        var record = new LibrarySyncRecord { PropertiesAdded = PrepareTracks(new SyncServices(ports, RedirectUri)) };
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            var services = new SyncServices(ports, RedirectUri);
            var before = JsonConvert.SerializeObject(services.Store.FullSync());
            var slice = new FullSync(services).Run();
            record.Slices++;
            record.Status = slice.Status;
            record.Total = slice.Total ?? record.Total;
            record.Created += slice.Tracks.Created;
            record.Updated += slice.Tracks.Updated;
            record.Unchecked += slice.Unchecked;
            record.Error = slice.Error;
            if (slice.Status == RunStatuses.Done && slice.Phase == FullSyncPhases.Done) return record;
            if (slice.Status != RunStatuses.Stopped) return record;
            if (JsonConvert.SerializeObject(services.Store.FullSync()) == before && slice.Tracks.Created + slice.Tracks.Updated + slice.Unchecked == 0)
            {
                record.Error = $"a slice of {SyncSettingsRules.MaxTimeBudgetSeconds} s moved nothing{(slice.Error is null ? "" : $": {slice.Error}")}; the next full run resumes from the saved cursor";
                return record;
            }
            log.Information("Spotify → Notion: {Summary}; going on", slice.Summary);
        }
    }

    /// <summary>Adds the Tracks properties the data source lacks (the core's preparation); a property of the wrong type stops the run (exit 7).</summary>
    private int PrepareTracks(SyncServices services)
    {
        var added = TrackSchema.Prepare(services.Notion, services.DataSourceId(), services.Names);
        if (added.Count > 0) log.Information("Added the Tracks properties {Properties}", string.Join(", ", added));
        return added.Count;
    }
}

using System;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Serilog;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.State;
using SpotifySync.Core.Automation;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Ports;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Sync.State;
using SpotifySync.Core.Tracks;

namespace SpotifySync.Companion.Sync;

/// <summary>
/// The full Spotify → Notion sync through the shared core (core/), on .NET ports: HttpClient, .NET's HMAC,
/// the companion's <see cref="CoreStore"/>, clock, log, lock and logged alerts. The core's <see cref="FullSync"/>
/// stops inside its time budget and resumes from its saved cursor, as under Apps Script's 6-minute limit; here
/// the next slice starts at once, until the library is in Notion, the core says why it cannot go on, or a slice
/// moves nothing. Missing Tracks properties are added first, as <c>initializeSpotifySync</c> does. While the script
/// holds the library lease (<see cref="LibraryLease"/>), the run waits for it, up to <see cref="LeaseWait"/>.
/// The core's requests go through <paramref name="http"/> when given (a host that must see them one at a time),
/// else through <see cref="CoreHttp"/>'s client.
/// </summary>
public sealed class CoreLibrarySync(CompanionConfiguration configuration, ILogger log, IClock clock, Action<string>? terminal, IHttp? http = null) : ILibrarySync
{
    /// <summary>
    /// The redirect URI of the core's Spotify app credentials. The companion never runs the authorization flow (it
    /// refreshes SPOTIFY_REFRESH_TOKEN), so this is sent nowhere.
    /// </summary>
    public const string RedirectUri = "http://127.0.0.1/spotify-sync";

    /// <summary>The sync for a configuration with Spotify credentials; null without any (full runs then only download).</summary>
    public static ILibrarySync? For(CompanionConfiguration configuration, ILogger log, IClock clock, Action<string>? terminal) =>
        configuration.SyncsSpotify ? new CoreLibrarySync(configuration, log, clock, terminal) : null;

    /// <summary>How long a run waits for the script to free the library lease: longer than a lease lasts unrenewed.</summary>
    public static readonly TimeSpan LeaseWait = TimeSpan.FromMinutes(LibraryLease.Minutes + 5);

    /// <summary>How often a waiting run asks again.</summary>
    public static readonly TimeSpan LeaseRetry = TimeSpan.FromMinutes(1);

    /// <summary>Which writer of the library this is, for the library lease.</summary>
    private string Side => $"the companion '{configuration.AutomationName}'";

    public Task<LibrarySyncRecord> RunAsync(string runId, CancellationToken cancellation) => Task.Run(() => Run(runId, cancellation), cancellation);

    private LibrarySyncRecord Run(string runId, CancellationToken cancellation)
    {
        configuration.RequireSpotify();
        using var client = http is null ? CoreHttp.Create(configuration) : null;
        var ports = new SyncPorts(http ?? new HttpClientHttp(client!), CoreStore.For(configuration), new MemoryCache(clock), clock,
            new CoreLog(log), new DotNetCrypto(), new LoggedMail(log), new RunLockPort(configuration.LockFile, runId), new LogProgress(log, terminal));
        var record = new LibrarySyncRecord { PropertiesAdded = PrepareTracks(new SyncServices(ports, RedirectUri, Side)) };
        var waited = TimeSpan.Zero;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            var services = new SyncServices(ports, RedirectUri, Side);
            var before = JsonConvert.SerializeObject(services.Store.FullSync());
            var slice = new FullSync(services).Run();
            record.Slices++;
            record.Status = slice.Status;
            record.Total = slice.Total ?? record.Total;
            record.Created += slice.Tracks.Created;
            record.Updated += slice.Tracks.Updated;
            record.Unchecked += slice.Unchecked;
            record.Merged += slice.Merged;
            record.Error = slice.Error;
            if (slice.Status == RunStatuses.Done && slice.Phase == FullSyncPhases.Done) return record;
            if (slice.Status == RunStatuses.Skipped && services.Lease.TakenBy is { } holder && waited < LeaseWait)
            {
                // The script's runs are short: the library is free again within minutes.
                log.Information("{Holder} holds the library lease; asking again in {Seconds} s", holder, LeaseRetry.TotalSeconds);
                clock.Sleep((int)LeaseRetry.TotalMilliseconds);
                waited += LeaseRetry;
                continue;
            }
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

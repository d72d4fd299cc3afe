using SpotifySync.Core.Automation;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Spotify;
using SpotifySync.Core.Sync.Tracks;
using SpotifySync.Core.Timing;
using SpotifySync.Core.Tracks;

namespace SpotifySync.Core.Sync;

/// <summary>
/// Everything one execution of the sync uses, made afresh per execution as Apps Script does (nothing survives an
/// execution but the store): the settings and configuration, the time budget (which starts now), the Spotify and
/// Notion clients, and the Tracks index and writer, resolved on first use so that a run with nothing to write
/// makes no Notion call.
/// </summary>
public sealed class SyncServices
{
    private TracksIndex? _index;
    private TrackPageWriter? _writer;
    private string? _dataSourceId;
    private AutomationRowStore? _automationRows;

    /// <param name="redirectUri">The Spotify redirect URI registered for the app (for Apps Script <see cref="SpotifyAuth.AppsScriptRedirectUri"/>).</param>
    /// <param name="side">Which writer of the library runs: "Apps Script", or the companion and its name (the lease's holder).</param>
    public SyncServices(SyncPorts ports, string redirectUri, string side)
    {
        Ports = ports;
        Store = new SyncStore(ports.Store);
        Options = SyncSettingsRules.Resolve(Store.Settings());
        Names = Options.Names;
        Configuration = SyncConfigurationReader.Read(ports.Store);
        Budget = new RunBudget(ports.Clock, ports.Clock.UtcNow().AddSeconds(Options.TimeBudgetSeconds));
        Auth = new SpotifyAuth(
            new SpotifyAppCredentials { ClientId = Configuration.SpotifyClientId, ClientSecret = Configuration.SpotifyClientSecret, RedirectUri = redirectUri },
            ports.Http, ports.Store, ports.Clock, ports.Crypto);
        Spotify = new SpotifyClient(ports.Http, Auth, ports.Clock, Budget);
        Notion = new NotionClient(Configuration.NotionToken, ports.Http, ports.Clock, Budget, Options.NotionRequestsPerSecond, Store.NotionBlockedUntil());
        Pace = new WorkPace(Budget, ports.Clock, Notion.Window);
        Changes = new TrackChanges(Names);
        Alerts = new Alerts(ports.Mail, Store, ports.Clock, ports.Log, Configuration.AlertEmail);
        Notifier = new CompanionNotifier(ports.Http, ports.Crypto, ports.Clock, ports.Log, Configuration.CompanionUrl, Configuration.WebhookSecret);
        Runner = new OperationRunner(this);
        Lease = new LibraryLease(AutomationRows(), ports.Clock, ports.Log, side);
    }

    public SyncPorts Ports { get; }

    public SyncStore Store { get; }

    /// <summary>The settings in effect (stored ones, checked, defaults filled in).</summary>
    public SyncOptions Options { get; }

    public TrackPropertyNames Names { get; }

    public SyncConfiguration Configuration { get; }

    public RunBudget Budget { get; }

    public WorkPace Pace { get; }

    public SpotifyAuth Auth { get; }

    public SpotifyClient Spotify { get; }

    public NotionClient Notion { get; }

    public TrackChanges Changes { get; }

    public Alerts Alerts { get; }

    public CompanionNotifier Notifier { get; }

    public OperationRunner Runner { get; }

    /// <summary>Held before every write to the library, so that the two sides never write it at once.</summary>
    public LibraryLease Lease { get; }

    /// <summary>The Tracks data source, resolved from <c>TRACKS_DB_ID</c> once and then read from the store.</summary>
    public string DataSourceId() => _dataSourceId ??= new NotionDataSourceResolver(Notion, Ports.Store).ResolveDataSourceId(Configuration.TracksDbId);

    public TracksIndex Index() => _index ??= new TracksIndex(Notion, DataSourceId(), Names);

    /// <summary>The script's configuration row, when <c>CONFIG_DB_ID</c> is set; null otherwise.</summary>
    public AutomationRowStore? AutomationRows()
    {
        if (Configuration.ConfigDbId is not { } configDbId) return null;
        return _automationRows ??= new AutomationRowStore(Notion, Ports.Cache, Ports.Store, Ports.Clock, configDbId, AutomationRowKey.Script());
    }

    public TrackPageWriter Writer() => _writer ??= new TrackPageWriter(Notion, Index(), Names, Ports.Log, Lease);
}

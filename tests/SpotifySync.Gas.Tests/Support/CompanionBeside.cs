using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using AppsScript.Emulator.Time;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Locking;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Sync;
using SpotifySync.Core.Ports;

namespace SpotifySync.Gas.Tests.Support;

/// <summary>
/// The companion's Spotify → Notion sync (its <see cref="CoreLibrarySync"/>, the code a full run uses) beside the
/// emitted script, in the same simulated time: each run is an <see cref="OutsideProcess"/> of the emulator, talking
/// to the world's simulators on loopback with its own Spotify authorization, state folder and configuration.
/// </summary>
internal sealed class CompanionBeside : IDisposable
{
    private readonly SyncWorld _world;
    private readonly string _home = Directory.CreateTempSubdirectory("spotify-sync-beside-").FullName;
    private readonly Dictionary<string, string?> _environment;

    /// <summary>The companion's WEBHOOK_SECRET, for a script that notifies it.</summary>
    public const string WebhookSecret = "the-secret-both-sides-share-for-the-contract";

    public CompanionBeside(SyncWorld world, string? configDbId = null)
    {
        _world = world;
        var cloud = world.Cloud;
        _environment = new Dictionary<string, string?>
        {
            ["HOME"] = _home,
            ["XDG_CONFIG_HOME"] = Path.Combine(_home, "config"),
            ["SPOTIFY_SYNC_HOME"] = Path.Combine(_home, "state"),
            ["SPOTIFY_SYNC_DOWNLOAD_DIR"] = Path.Combine(_home, "music"),
            ["NOTION_TOKEN"] = cloud.Options.NotionToken,
            ["TRACKS_DB_ID"] = world.Tracks.DatabaseId,
            ["CONFIG_DB_ID"] = configDbId,
            ["WEBHOOK_SECRET"] = WebhookSecret,
            ["SPOTIFY_CLIENT_ID"] = cloud.Options.SpotifyClientId,
            ["SPOTIFY_CLIENT_SECRET"] = cloud.Options.SpotifyClientSecret,
            ["SPOTIFY_REFRESH_TOKEN"] = cloud.Spotify.Tokens.IssueRefreshToken(authorizedAt: cloud.Clock.GetUtcNow()),
            ["SPOTIFY_SYNC_NOTION_BASE_URL"] = cloud.Apis.NotionHost.BaseAddress.ToString(),
            ["SPOTIFY_SYNC_SPOTIFY_BASE_URL"] = cloud.Apis.SpotifyHost.BaseAddress.ToString(),
        };
    }

    /// <summary>The companion's configuration, as it reads its environment.</summary>
    public CompanionConfiguration Configuration() => CompanionConfiguration.Load(_environment, null);

    /// <summary>The companion's log lines, from every run.</summary>
    public List<string> Log { get; } = new();

    /// <summary>What each run's library sync did, in order.</summary>
    public List<LibrarySyncRecord> Runs { get; } = new();

    /// <summary>Starts a full run's library sync at <paramref name="at"/>; it goes on as simulated time is driven.</summary>
    public OutsideProcess StartAt(DateTimeOffset at) => _world.Cloud.Environment.StartOutside("the companion's full sync", at, Run);

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private void Run()
    {
        var configuration = Configuration();
        var clock = new SimulatedTimeClock(_world.Cloud.Clock);
        var runId = RunIds.New(_world.Cloud.Clock.GetUtcNow());
        Directory.CreateDirectory(configuration.Home);
        using var held = SyncLock.TryAcquire(configuration.LockFile, runId, out _, out _) ?? throw new InvalidOperationException("The companion's run lock is held.");
        var logger = new LoggerConfiguration().WriteTo.Sink(new ListSink(Log)).CreateLogger();
        using var client = CoreHttp.Create(configuration);
        var http = new OneAtATime(new HttpClientHttp(client));
        var record = new CoreLibrarySync(configuration, logger, clock, null, http).RunAsync(runId, CancellationToken.None).GetAwaiter().GetResult();
        lock (Runs) Runs.Add(record);
    }

    /// <summary>The core's clock on the emulator's: its sleeps are simulated time the companion's fiber spends.</summary>
    private sealed class SimulatedTimeClock(ScriptClock clock) : IClock
    {
        public DateTime UtcNow() => clock.GetUtcNow().UtcDateTime;

        public void Sleep(int milliseconds) => clock.Advance(TimeSpan.FromMilliseconds(milliseconds));
    }

    /// <summary>
    /// The companion's HTTP with fetchAll's requests sent in turn. The emulator charges a simulator's latency to the
    /// party holding control of simulated time; requests of one outside process in flight together would each
    /// spend it from a server thread while the process has handed control away, so they go one at a time.
    /// </summary>
    private sealed class OneAtATime(IHttp http) : IHttp
    {
        public HttpResult Fetch(HttpRequest request) => http.Fetch(request);

        public HttpResult[] FetchAll(HttpRequest[] requests) => requests.Select(http.Fetch).ToArray();
    }

    private sealed class ListSink(List<string> lines) : ILogEventSink
    {
        public void Emit(LogEvent logEvent)
        {
            lock (lines) lines.Add(logEvent.RenderMessage());
        }
    }
}

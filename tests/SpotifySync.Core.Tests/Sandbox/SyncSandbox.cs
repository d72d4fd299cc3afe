using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Ports;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tracks;
using SpotifySync.Sandbox;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Core.Tests.Sandbox;

/// <summary>
/// The sync core on .NET against the in-process simulated Spotify and Notion, on one simulated clock: a Tracks
/// database with the full schema, the script properties a person sets, and a fresh set of ports per execution
/// over the state that survives executions (store, simulators), as in Apps Script.
/// </summary>
public sealed class SyncSandbox : IAsyncDisposable
{
    public const string NotionToken = "ntn_sync_core_tests";
    public const string RedirectUri = "https://script.google.com/macros/d/sync-tests/usercallback";
    public const string CompanionUrl = "https://companion.example";
    public const string WebhookSecret = "shared-webhook-secret";
    public const string AlertEmail = "me@example.com";

    /// <summary>The side the sandbox's executions run as, for the library lease.</summary>
    public const string Side = "Apps Script";

    public static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private SyncSandbox(SimulatedClock clock, SpotifySimulator spotify, NotionSimulator notion, SandboxApis apis, string databaseId, string dataSourceId)
    {
        Clock = clock;
        Spotify = spotify;
        Notion = notion;
        Apis = apis;
        DatabaseId = databaseId;
        DataSourceId = dataSourceId;
        Client = new HttpClient(apis.CreateHandler());
        Cache = new MemoryCache(clock);
    }

    public SimulatedClock Clock { get; }

    public SpotifySimulator Spotify { get; }

    public NotionSimulator Notion { get; }

    public SandboxApis Apis { get; }

    public HttpClient Client { get; }

    public string DatabaseId { get; }

    public string DataSourceId { get; }

    /// <summary>The script properties: settings and state, surviving every execution.</summary>
    public MemoryStore Store { get; } = new();

    /// <summary>The script cache, surviving executions until its entries expire on the simulated clock.</summary>
    public MemoryCache Cache { get; }

    public MemoryLock Lock { get; } = new();

    public RecordingMail Mail { get; } = new();

    public ListLog Log { get; } = new();

    public ListProgress Progress { get; } = new();

    /// <summary>What the core posted to the companion.</summary>
    public List<HttpRequest> CompanionRequests { get; } = new();

    /// <summary>Every <c>Notion-Version</c> the core's requests named.</summary>
    public HashSet<string> NotionVersionsSent { get; } = new();

    /// <summary>The status the companion answers with.</summary>
    public int CompanionStatus { get; set; } = 200;

    public TrackPropertyNames Names { get; } = new();

    /// <param name="tracksSchema">The Tracks schema as PATCH properties JSON; the full default schema when null.</param>
    public static async Task<SyncSandbox> StartAsync(int seed, LibrarySpec library, SyncSettings? settings = null, string? tracksSchema = null, bool rotateRefreshTokens = true)
    {
        var clock = new SimulatedClock(Start);
        var time = clock.AsSandboxTime();
        var random = new SandboxRandom(seed);
        var spotify = new SpotifySimulator(
            new SpotifySimulatorOptions { ClientId = "sync-client", ClientSecret = "sync-secret", RedirectUris = [RedirectUri], RotateRefreshTokens = rotateRefreshTokens },
            time, random, library);
        var notion = new NotionSimulator(new NotionSimulatorOptions { IntegrationTokens = [NotionToken], Time = time, Random = random });
        var schema = tracksSchema ?? JsonConvert.SerializeObject(TrackSchema.Definitions(new TrackPropertyNames()), new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
        var ids = notion.Workspace.CreateDatabase("Music Tracks", schema);
        var apis = await SandboxApis.StartInProcessAsync(spotify, notion);
        var sandbox = new SyncSandbox(clock, spotify, notion, apis, ids.DatabaseId, ids.DataSourceId);
        var store = sandbox.Store;
        store.Set(SettingNames.SpotifyClientId, "sync-client");
        store.Set(SettingNames.SpotifyClientSecret, "sync-secret");
        store.Set(SettingNames.NotionToken, NotionToken);
        store.Set(SettingNames.TracksDbId, ids.DatabaseId);
        store.Set(SettingNames.SpotifyRefreshToken, spotify.Tokens.IssueRefreshToken());
        store.Set(SettingNames.AlertEmail, AlertEmail);
        if (settings is not null) store.Set(StateKeys.Settings, JsonConvert.SerializeObject(settings));
        return sandbox;
    }

    /// <summary>The services of a new execution, which the kill switch may end.</summary>
    public SyncServices Execution(KillSwitch? kill = null)
    {
        var killSwitch = kill ?? new KillSwitch();
        var ports = new SyncPorts(new KillableHttp(new HttpClientHttp(Client), killSwitch, Intercept), new KillableStore(Store, killSwitch),
            Cache, Clock, Log, new DotNetCrypto(), Mail, Lock, Progress);
        return new SyncServices(ports, RedirectUri, Side);
    }

    /// <summary>Configures the companion, whose answers come from <see cref="CompanionStatus"/>.</summary>
    public void WithCompanion()
    {
        Store.Set(SettingNames.CompanionUrl, CompanionUrl);
        Store.Set(SettingNames.WebhookSecret, WebhookSecret);
    }

    public IReadOnlyList<NotionPageSnapshot> Pages() => Notion.Workspace.Pages(DataSourceId);

    /// <summary>The pages by Spotify ID, failing the test when a track has two pages.</summary>
    public Dictionary<string, NotionPageSnapshot> PagesBySpotifyId()
    {
        var pages = new Dictionary<string, NotionPageSnapshot>();
        foreach (var page in Pages())
        {
            var id = page.Text(Names.SpotifyId);
            Assert.False(pages.ContainsKey(id), $"Two pages for the track {id}.");
            pages[id] = page;
        }
        return pages;
    }

    /// <summary>The IDs of the tracks liked now.</summary>
    public HashSet<string> LikedIds() => Spotify.Library.SavedTracksAt(Clock.GetUtcNow()).Select(s => s.Track.Id!).ToHashSet();

    /// <summary>Every call both simulators answered.</summary>
    public int Calls() => Spotify.Traffic.Count() + Notion.Traffic.Count();

    public void ClearTraffic()
    {
        Spotify.Traffic.Clear();
        Notion.Traffic.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Apis.DisposeAsync();
    }

    private HttpResult? Intercept(HttpRequest request)
    {
        if (request.Headers?.TryGetValue("Notion-Version", out var version) == true) NotionVersionsSent.Add(version);
        if (!request.Url.StartsWith(CompanionUrl, StringComparison.Ordinal)) return null;
        CompanionRequests.Add(request);
        return new HttpResult { Status = CompanionStatus, Body = "{}" };
    }
}

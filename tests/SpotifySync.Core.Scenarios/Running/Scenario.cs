using System;
using System.Collections.Generic;
using SpotifySync.Core.Ports;
using SpotifySync.Core.Scenarios.World;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Sync.Results;

namespace SpotifySync.Core.Scenarios.Running;

/// <summary>
/// What a scenario runs on: its world, and the runtime's ports of the sync core (Apps Script's services under the
/// emulator, the companion's on .NET), fresh for each execution over the state that outlives executions (the store,
/// the cache, the services), as Apps Script builds them. The runs go through the core's public API, each in an
/// execution of its own.
/// </summary>
public sealed class Scenario
{
    /// <summary>The global under which the harness puts the world into the script's scope, in Apps Script.</summary>
    public const string WorldGlobal = "scenarioWorld";

    private readonly Func<SyncPorts> _executionPorts;
    private readonly string _redirectUri;

    /// <param name="executionPorts">The core's ports for one execution on this runtime.</param>
    /// <param name="redirectUri">The Spotify redirect URI the script registers.</param>
    public Scenario(IScenarioWorld world, Func<SyncPorts> executionPorts, string redirectUri)
    {
        World = world;
        _executionPorts = executionPorts;
        _redirectUri = redirectUri;
    }

    public IScenarioWorld World { get; }

    /// <summary>The script properties (settings and the sync's state), as an execution sees them.</summary>
    public IKeyValueStore Store() => _executionPorts().Store;

    /// <summary>The ports of a new execution, for parts of the core a scenario uses without the sync.</summary>
    public SyncPorts Ports() => _executionPorts();

    /// <summary>The time on the clock the sync and the world share.</summary>
    public DateTime Now() => _executionPorts().Clock.UtcNow();

    /// <summary>The services of a new execution.</summary>
    public SyncServices Execution() => new SyncServices(_executionPorts(), _redirectUri, "the scenario");

    /// <summary>Stores settings as <c>initializeSpotifySync</c> does.</summary>
    public void Configure(SyncSettings settings) => new SyncStore(Store()).SaveSettings(settings);

    /// <summary>Sets <c>COMPANION_URL</c> and <c>WEBHOOK_SECRET</c> to the world's companion.</summary>
    public void WithCompanion()
    {
        var store = Store();
        store.Set(SettingNames.CompanionUrl, World.CompanionUrl());
        store.Set(SettingNames.WebhookSecret, World.WebhookSecret());
    }

    /// <summary>The 5-minute trigger's incremental sync of the liked songs.</summary>
    public SavedTracksResult SyncSavedTracks() => new SavedTracksSync(Execution()).Run();

    public FullSyncResult FullSync() => new FullSync(Execution()).Run();

    public RecentlyPlayedResult SyncRecentlyPlayed() => new RecentlyPlayedSync(Execution()).Run();

    public PlaylistSyncResult SyncPlaylist(string playlistId) => new PlaylistSync(Execution()).Run(playlistId);

    /// <summary>The IDs of the liked tracks, newest like first.</summary>
    public List<string> LikedTrackIds()
    {
        var ids = new List<string>();
        foreach (var like in World.LikedTracks()) ids.Add(like.TrackId);
        return ids;
    }

    /// <summary>The pages by Spotify ID; fails the scenario when a track has two.</summary>
    public Dictionary<string, TrackPage> PagesBySpotifyId()
    {
        var pages = new Dictionary<string, TrackPage>();
        foreach (var page in World.Pages())
        {
            Expect.True(!pages.ContainsKey(page.SpotifyId), $"one page for the track {page.SpotifyId}, but it has two");
            pages[page.SpotifyId] = page;
        }
        return pages;
    }
}

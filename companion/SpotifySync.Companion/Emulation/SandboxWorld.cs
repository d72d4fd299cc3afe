using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using AppsScript.Emulator.Time;
using Newtonsoft.Json;
using SpotifySync.Companion.Downloads;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tracks;
using SpotifySync.Sandbox;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify;
using SpotifySync.Sandbox.Spotify.Library;

namespace SpotifySync.Companion.Emulation;

/// <summary>
/// The simulated Spotify and Notion of <c>gas run --sandbox</c> and <c>demo</c>, each on a 127.0.0.1 port: a seeded
/// library of liked tracks, an empty "Music Tracks" database shared with the integration, and the Script Properties a
/// person would set to reach them. They live in the script's time (<see cref="Clock"/>): Notion counts its rate budget
/// and Spotify its tokens' lifetimes on the clock the script's pacing and Retry-After waits are spent on, as the real
/// services and Apps Script share the time of day.
/// </summary>
public sealed class SandboxWorld : IAsyncDisposable
{
    /// <summary>The emulated script's id (57 characters, as Apps Script's): its <c>/usercallback</c> is the sandbox Spotify app's redirect URI.</summary>
    public const string ScriptId = "1SpotifySyncCompanionSandboxScriptIdForGasRunAndTheDemo00";

    public const string SpotifyClientId = "sandbox-client-id";
    public const string SpotifyClientSecret = "sandbox-client-secret";
    public const string NotionToken = "ntn_sandbox_integration_token";

    private SandboxWorld(ScriptClock clock, SandboxApis apis, NotionDatabaseIds tracks, string refreshToken)
    {
        Clock = clock;
        Apis = apis;
        Tracks = tracks;
        ScriptProperties = new Dictionary<string, string>
        {
            [SettingNames.SpotifyClientId] = SpotifyClientId,
            [SettingNames.SpotifyClientSecret] = SpotifyClientSecret,
            [SettingNames.SpotifyRefreshToken] = refreshToken,
            [SettingNames.NotionToken] = NotionToken,
            [SettingNames.TracksDbId] = tracks.DatabaseId,
        };
    }

    /// <summary>The clock the simulators live on, for the script environment that calls them (a clock drives one environment).</summary>
    public ScriptClock Clock { get; }

    public SandboxApis Apis { get; }

    public NotionDatabaseIds Tracks { get; }

    /// <summary>The credentials and database the script needs to reach the sandbox.</summary>
    public IReadOnlyDictionary<string, string> ScriptProperties { get; }

    /// <param name="tracksSchema">
    /// Whether the Music Tracks database already has the sync's properties, as <c>initializeSpotifySync</c> leaves
    /// it (for <c>gas run</c>, whose every run starts a new sandbox), or only its title (for the demo, which runs the setup).
    /// </param>
    /// <param name="clock">The clock the script will run on; its environment is given <see cref="Clock"/>.</param>
    public static async Task<SandboxWorld> StartAsync(int likedTracks, int seed, bool tracksSchema, ScriptClock clock)
    {
        var random = new SandboxRandom(seed);
        var time = new SandboxTime(clock, (latency, _) => clock.AdvanceAsync(latency));
        var spotify = new SpotifySimulator(
            new SpotifySimulatorOptions { ClientId = SpotifyClientId, ClientSecret = SpotifyClientSecret, RedirectUris = [$"https://script.google.com/macros/d/{ScriptId}/usercallback"] },
            time, random, new LibrarySpec { Tracks = likedTracks * 3 / 2 + 1, LikedTracks = likedTracks, LocalFiles = 0, Episodes = 0 });
        var notion = new NotionSimulator(new NotionSimulatorOptions { IntegrationTokens = [NotionToken], Time = time, Random = random });
        var apis = await SandboxApis.StartLoopbackAsync(spotify, notion);
        var schema = tracksSchema
            ? JsonConvert.SerializeObject(TrackSchema.Definitions(new TrackPropertyNames()), new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore })
            : """{"Name":{"title":{}}}""";
        var tracks = notion.Workspace.CreateDatabase("Music Tracks", schema);
        return new SandboxWorld(clock, apis, tracks, spotify.Tokens.IssueRefreshToken(authorizedAt: time.Now));
    }

    /// <summary>UrlFetchApp's transport: the real Spotify and Notion host names to the sandbox's ports, every other address (the companion) over the network.</summary>
    public HttpMessageHandler CreateTransport() => new SandboxTransport(Apis);

    /// <summary>The liked tracks with an ID, which Notion should hold once each.</summary>
    public IReadOnlyList<Track> LikedTracks() =>
        Apis.Spotify.Library.SavedTracksAt(Clock.GetUtcNow()).Select(saved => saved.Track).Where(track => track.Id is not null).ToList();

    /// <summary>The pages of the Tracks database.</summary>
    public IReadOnlyList<NotionPageSnapshot> Pages() => Apis.Notion.Workspace.Pages(Tracks.DataSourceId);

    /// <summary>
    /// What the demo's stand-in downloader "finds on SoundCloud": every liked track but each fourth, so that the demo
    /// shows Not Found beside Downloaded.
    /// </summary>
    public IReadOnlyList<YtDlpCandidate> StandInCatalog() =>
        LikedTracks().Where((_, index) => index % 4 != 3)
            .Select((track, index) => new YtDlpCandidate($"standin{index + 1:000}", track.Name, track.Artists.FirstOrDefault()?.Name, track.DurationMs / 1000.0, $"https://stand-in.invalid/tracks/standin{index + 1:000}"))
            .ToList();

    public ValueTask DisposeAsync() => Apis.DisposeAsync();
}

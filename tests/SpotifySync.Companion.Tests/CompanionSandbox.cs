using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Downloads;
using SpotifySync.Companion.Locking;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Sync;
using SpotifySync.Sandbox;
using SpotifySync.Sandbox.Hosting;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify;
using SpotifySync.Sandbox.Spotify.Library;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// One test's world: a temporary home, the Notion simulator on a loopback port with a Music Tracks database, the
/// stand-in yt-dlp and crontab, and the environment that points the companion at all of them.
/// </summary>
public sealed class CompanionSandbox : IAsyncDisposable
{
    public const string NotionToken = "secret_companion_test_token";

    /// <summary>The WEBHOOK_SECRET of the tests that serve (<see cref="WithWebhookSecret"/>): serve does not start without one.</summary>
    public const string WebhookSecret = "companion-test-webhook-secret";

    public const string TracksSchema = """
        {"Name":{"title":{}},"Artist":{"rich_text":{}},"Duration":{"number":{"format":"number"}},
         "Download Status":{"select":{"options":[{"name":"Pending"},{"name":"Downloading"},{"name":"Downloaded"},{"name":"Not Found"},{"name":"Failed"}]}},
         "Downloaded":{"checkbox":{}},"File Path":{"rich_text":{}},"SoundCloud URL":{"url":{}}}
        """;

    public const string ConfigurationSchema = """
        {"Name":{"title":{}},"Trigger Type":{"select":{"options":[{"name":"GAS"},{"name":"Cron"},{"name":"Webhook"}]}},
         "Sync Enabled":{"checkbox":{}},"Sync Interval":{"number":{"format":"number"}},"Sync Mode":{"select":{"options":[{"name":"incremental"},{"name":"full"},{"name":"manual"}]}},
         "Last Sync":{"date":{}},"Error Count":{"number":{"format":"number"}},"Last Error":{"rich_text":{}},
         "GAS Trigger Active":{"checkbox":{}},"Cron Active":{"checkbox":{}}}
        """;

    /// <summary>What the stand-in yt-dlp finds on "SoundCloud", each track as the real yt-dlp's <c>-J</c> gives it (the fields the companion reads, and the extractor its archive line names).</summary>
    public static readonly IReadOnlyList<object> Catalog =
    [
        new { id = "1001", title = "Midnight City", uploader = "M83", duration = 244.0, webpage_url = "https://soundcloud.com/m83/midnight-city", extractor_key = "Soundcloud" },
        new { id = "1002", title = "Midnight City (Extended Mix)", uploader = "M83", duration = 410.0, webpage_url = "https://soundcloud.com/m83/midnight-city-extended", extractor_key = "Soundcloud" },
        new { id = "2001", title = "Teardrop", uploader = "Massive Attack", duration = 330.0, webpage_url = "https://soundcloud.com/massiveattack/teardrop", extractor_key = "Soundcloud" },
        new { id = "3001", title = "Windowlicker", uploader = "Aphex Twin", duration = 366.0, webpage_url = "https://soundcloud.com/aphex/windowlicker", extractor_key = "Soundcloud" },
        new { id = "4001", title = "Bad Track", uploader = "Broken", duration = 200.0, webpage_url = "https://soundcloud.com/broken/bad-track", extractor_key = "Soundcloud" },
    ];

    public const string SpotifyClientId = "companion-test-client";
    public const string SpotifyClientSecret = "companion-test-client-secret";

    private readonly Dictionary<string, string?> _environment;
    private readonly SandboxApis? _apis;

    private CompanionSandbox(string root, SimulatorHost notionHost, NotionSimulator notion, NotionDatabaseIds tracks, SandboxApis? apis)
    {
        Root = root;
        NotionHost = notionHost;
        Notion = notion;
        Tracks = tracks;
        _apis = apis;
        File.WriteAllText(CatalogFile, JsonSerializer.Serialize(Catalog));
        _environment = new Dictionary<string, string?>
        {
            ["HOME"] = root,
            ["PATH"] = System.Environment.GetEnvironmentVariable("PATH"),
            ["XDG_CONFIG_HOME"] = Path.Combine(root, "config"),
            ["NOTION_TOKEN"] = NotionToken,
            ["TRACKS_DB_ID"] = tracks.DatabaseId,
            ["SPOTIFY_SYNC_HOME"] = Home,
            ["SPOTIFY_SYNC_DOWNLOAD_DIR"] = DownloadDir,
            ["SPOTIFY_SYNC_NOTION_BASE_URL"] = notionHost.BaseAddress.ToString(),
            ["SPOTIFY_SYNC_NOTION_REQUESTS_PER_SECOND"] = "10",
            ["SPOTIFY_SYNC_YTDLP"] = StandIn("yt-dlp"),
            ["SPOTIFY_SYNC_CRONTAB"] = StandIn("crontab"),
            ["STANDIN_YTDLP_CATALOG"] = CatalogFile,
            ["STANDIN_YTDLP_LOG"] = YtDlpLog,
            ["STANDIN_YTDLP_WRITERS"] = WritersFolder,
            ["STANDIN_CRONTAB_FILE"] = CrontabFile,
        };
        if (apis is not null)
        {
            _environment["SPOTIFY_CLIENT_ID"] = SpotifyClientId;
            _environment["SPOTIFY_CLIENT_SECRET"] = SpotifyClientSecret;
            _environment["SPOTIFY_REFRESH_TOKEN"] = apis.Spotify.Tokens.IssueRefreshToken(authorizedAt: DateTimeOffset.UtcNow);
            _environment["SPOTIFY_SYNC_SPOTIFY_BASE_URL"] = apis.SpotifyHost.BaseAddress.ToString();
        }
    }

    public string Root { get; }
    public SimulatorHost NotionHost { get; }
    public NotionSimulator Notion { get; }
    public NotionDatabaseIds Tracks { get; }
    public string Home => Path.Combine(Root, "home");
    public string DownloadDir => Path.Combine(Root, "music");
    public string CatalogFile => Path.Combine(Root, "catalog.json");
    public string YtDlpLog => Path.Combine(Root, "yt-dlp-calls.log");
    public string CrontabFile => Path.Combine(Root, "crontab.txt");

    /// <summary>Where the stand-in yt-dlp locks each track it writes, and logs finding one already locked (<see cref="ConcurrentWrites"/>).</summary>
    public string WritersFolder => Path.Combine(Root, "writers");
    public string StateFile => Path.Combine(Home, "state.json");

    /// <summary>The config file the tool reads when none is named: $XDG_CONFIG_HOME/spotify-sync/config.json (none until a test writes it).</summary>
    public string DefaultConfigFile => Path.Combine(Root, "config", "spotify-sync", "config.json");
    public string LockFile => Path.Combine(Home, "sync.lock");
    public IReadOnlyDictionary<string, string?> Environment => _environment;

    /// <summary>The simulated Spotify of a sandbox started with a library; its environment holds the app's credentials and a refresh token.</summary>
    public SpotifySimulator Spotify => _apis?.Spotify ?? throw new InvalidOperationException("This sandbox was started without a Spotify library.");

    /// <param name="spotifyLibrary">With a library, the Spotify simulator too (on its own loopback port), seeded.</param>
    public static async Task<CompanionSandbox> StartAsync(LibrarySpec? spotifyLibrary = null)
    {
        var root = Directory.CreateTempSubdirectory("spotify-sync-tests-").FullName;
        var random = new SandboxRandom(5);
        var notion = new NotionSimulator(new NotionSimulatorOptions { IntegrationTokens = [NotionToken], Random = random, RequestsPerMinute = 100_000 });
        var tracks = notion.Workspace.CreateDatabase("Music Tracks", TracksSchema);
        if (spotifyLibrary is null) return new CompanionSandbox(root, await SimulatorHost.StartLoopbackAsync(notion), notion, tracks, null);
        var spotify = new SpotifySimulator(
            new SpotifySimulatorOptions { ClientId = SpotifyClientId, ClientSecret = SpotifyClientSecret, RedirectUris = [CoreLibrarySync.RedirectUri] },
            SandboxTime.RealTime, random, spotifyLibrary);
        var apis = await SandboxApis.StartLoopbackAsync(spotify, notion);
        return new CompanionSandbox(root, apis.NotionHost, notion, tracks, apis);
    }

    /// <summary>The IDs of the liked tracks Notion should hold (local files have none).</summary>
    public IReadOnlyList<string> LikedIds() =>
        Spotify.Library.SavedTracksAt(DateTimeOffset.UtcNow).Select(saved => saved.Track.Id).OfType<string>().ToList();

    /// <summary>The Spotify ID of every page of the Tracks database, one entry per page.</summary>
    public IReadOnlyList<string> PageSpotifyIds() => Notion.Workspace.Pages(Tracks.DataSourceId).Select(page => page.Text("Spotify ID")).ToList();

    public static string StandIn(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "StandIns", name);
        // The stand-ins are scripts for a Unix shell and python3, as the programs they stand in for run on Linux and macOS.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        return path;
    }

    public void Set(string name, string? value) => _environment[name] = value;

    /// <summary>Sets WEBHOOK_SECRET to <see cref="WebhookSecret"/>, as every server needs.</summary>
    public CompanionSandbox WithWebhookSecret()
    {
        Set("WEBHOOK_SECRET", WebhookSecret);
        return this;
    }

    public CompanionConfiguration Configuration() => CompanionConfiguration.Load(Environment, null);

    public StateStore State => new(StateFile);

    /// <summary>Adds a Tracks page as a person (or the sync) would, Pending unless told otherwise.</summary>
    public string AddTrack(string title, string artist, double? duration, string? status = "Pending", string? soundCloudUrl = null, bool downloaded = false, string filePath = "") =>
        Notion.Workspace.AddPage(Tracks.DataSourceId, new Dictionary<string, object?>
        {
            ["Name"] = title, ["Artist"] = artist, ["Duration"] = duration, ["Download Status"] = status,
            ["SoundCloud URL"] = soundCloudUrl, ["Downloaded"] = downloaded, ["File Path"] = filePath,
        });

    public NotionPageSnapshot Page(string id) => Notion.Workspace.Page(id);

    /// <summary>The yt-dlp calls so far, one line of arguments each.</summary>
    public IReadOnlyList<string> YtDlpCalls() => File.Exists(YtDlpLog) ? File.ReadAllLines(YtDlpLog) : [];

    /// <summary>Each time a stand-in download found another process writing the same track.</summary>
    public IReadOnlyList<string> ConcurrentWrites()
    {
        var log = Path.Combine(WritersFolder, "concurrent.log");
        return File.Exists(log) ? File.ReadAllLines(log) : [];
    }

    public IReadOnlyList<string> Downloads() => YtDlpCalls().Where(c => c.Contains("--download-archive", StringComparison.Ordinal)).ToList();

    /// <summary>Waits until a download under way has written part of its file in the partial folder (<see cref="YtDlp.PartialFolder"/>).</summary>
    public async Task WaitForPartialFileAsync()
    {
        var partial = Path.Combine(DownloadDir, YtDlp.PartialFolderName);
        for (var i = 0; i < 1200; i++)
        {
            if (Directory.Exists(partial) && Directory.EnumerateFiles(partial, "*.part").Any()) return;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No download wrote part of a file in {partial}.");
    }

    /// <summary>Waits until the process <paramref name="pid"/> holds the run lock and has recorded its run in the state file.</summary>
    public async Task<LockHolder> WaitForLockAsync(int pid)
    {
        for (var i = 0; i < 600; i++)
        {
            if (SyncLock.Read(LockFile) is { } holder && holder.Pid == pid && File.Exists(StateFile) && State.Read().Runs.Count > 0) return holder;
            await Task.Delay(50);
        }
        throw new TimeoutException("The child run never took the lock.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_apis is not null) await _apis.DisposeAsync();
        else await NotionHost.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A child process killed by a test may still be letting go of a file; the temporary folder is left then.
        }
    }
}

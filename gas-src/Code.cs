using AppsScript.Interop;
using AppsScript.Interop.Events;
using AppsScript.Interop.Services;
using SpotifySync.App;
using SpotifySync.Core.Automation;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Sync.Results;

namespace SpotifySync;

/// <summary>
/// The functions Apps Script calls: from the editor's Run menu, from the time-driven trigger, from the web app and
/// from Spotify's redirect. Each returns a result object and logs one summary line; the work is in
/// <c>Core/Sync</c> (the sync, shared with the companion) and <c>App/</c> (what only Apps Script does).
/// </summary>
[GlobalFunctions]
public static class Code
{
    /// <summary>
    /// The liked songs, incrementally: the trigger's handler (the event is null when run from the editor). With
    /// <c>CONFIG_DB_ID</c>, trigger runs follow the configuration row's Sync Enabled and Sync Mode, and every run
    /// writes what changed back to the row, as do the full, recently played and playlist syncs.
    /// </summary>
    public static SavedTracksResult SyncSpotifyToNotion(TimeDrivenEvent? e) => ScriptRun.Automation().Run(e is not null, SyncTrigger.Move);

    /// <summary>
    /// The plays since the last run: Last Played and Play Count, each play counted once. The recently played
    /// trigger's handler (the event is null when run from the editor); trigger runs follow the configuration row's
    /// switches too.
    /// </summary>
    public static RecentlyPlayedResult SyncRecentlyPlayed(TimeDrivenEvent? e) => ScriptRun.Automation().RecentlyPlayed(e is not null);

    /// <summary>One playlist's tracks, with the playlist added to their Playlists; resumes where the last run stopped.</summary>
    public static PlaylistSyncResult SyncPlaylist(string playlistId) => ScriptRun.Automation().Playlist(playlistId);

    /// <summary>The whole library, resumable across runs; marks tracks no longer liked (In Library unchecked).</summary>
    public static FullSyncResult FullSync() => ScriptRun.Automation().FullSync();

    /// <summary>Installs the sync trigger (default every 5 minutes) and the recently played trigger (default every 30); idempotent.</summary>
    public static TriggerSetup SetupTimeTrigger() => SyncTrigger.Setup();

    /// <summary>Removes the sync and recently played triggers; returns how many of each were deleted.</summary>
    public static TriggerRemoval RemoveTimeTrigger() => SyncTrigger.Remove();

    /// <summary>Whether the sync trigger is installed, and every trigger of the project.</summary>
    public static TriggerStatus GetTriggerStatus() => SyncTrigger.Report();

    /// <summary>Logs and returns the URL that connects Spotify.</summary>
    public static AuthorizationStart AuthorizeSpotify() => SpotifyAuthorization.Start();

    /// <summary>Where Spotify's redirect lands (through the state token of <see cref="AuthorizeSpotify"/>).</summary>
    public static HtmlOutput AuthCallback(DoGetEvent request) => SpotifyAuthorization.Callback(request);

    /// <summary>Checks the Spotify connection with one call.</summary>
    public static ConnectionTestResult TestSpotifyConnection() => ConnectionTest.Run();

    /// <summary>Checks the settings, prepares the Tracks data source and stores the options; safe to run again.</summary>
    public static InitializationResult InitializeSpotifySync(InitializationOptions? options) => Initialization.Run(options);

    /// <summary>The web app's GET: the sync's status as JSON.</summary>
    public static TextOutput DoGet(DoGetEvent e) => WebApp.Get(e);

    /// <summary>The web app's POST: a signed envelope from the companion.</summary>
    public static TextOutput DoPost(DoPostEvent e) => WebApp.Post(e);
}

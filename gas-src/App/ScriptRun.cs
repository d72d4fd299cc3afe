using AppsScript.Interop.Services;
using SpotifySync.AppsScript;
using SpotifySync.Core.Automation;
using SpotifySync.Core.Spotify;
using SpotifySync.Core.Sync;

namespace SpotifySync.App;

/// <summary>
/// The sync core on Apps Script's services, built afresh for each execution (Apps Script keeps no object from one
/// execution to the next): the ports of <see cref="ScriptPorts"/> and the Spotify redirect URI of this script.
/// </summary>
public static class ScriptRun
{
    /// <summary>Which writer of the library this is, for the library lease.</summary>
    public const string Side = "Apps Script";

    /// <summary>The services of one execution; throws <see cref="System.ArgumentException"/> naming each missing or wrong setting.</summary>
    public static SyncServices Services() => new SyncServices(ScriptPorts.ForExecution(), RedirectUri(), Side);

    /// <summary>The sync runs of one execution, kept in the script's configuration row when there is one.</summary>
    public static AutomatedSync Automation() => new AutomatedSync(Services(), SyncTrigger.IsInstalled);

    /// <summary>The redirect URI to register for the Spotify app: Apps Script's callback URL of this script.</summary>
    public static string RedirectUri() => SpotifyAuth.AppsScriptRedirectUri(ScriptApp.GetScriptId());
}

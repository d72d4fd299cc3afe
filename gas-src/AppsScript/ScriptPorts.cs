using SpotifySync.Core.Sync;

namespace SpotifySync.AppsScript;

/// <summary>
/// The sync core's ports over Apps Script's services, made afresh for each execution (Apps Script keeps no object
/// from one execution to the next): UrlFetchApp, the script properties and cache, the script lock and the rest.
/// </summary>
public static class ScriptPorts
{
    public static SyncPorts ForExecution() =>
        new SyncPorts(new UrlFetchHttp(), new ScriptPropertiesStore(), new ScriptCache(), new ScriptClock(), new ScriptLog(), new ScriptCrypto(), new ScriptMail(), new ScriptLock(), new ScriptProgress());
}

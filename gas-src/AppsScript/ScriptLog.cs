using AppsScript.Interop.Services;
using SpotifySync.Core.Ports;

namespace SpotifySync.AppsScript;

/// <summary><see cref="ILog"/> over Logger, the execution log of the Apps Script editor.</summary>
public sealed class ScriptLog : ILog
{
    public void Info(string message) => Logger.Log(message);
}

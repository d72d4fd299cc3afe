using AppsScript.Interop.Services;
using SpotifySync.Core.Ports;

namespace SpotifySync.AppsScript;

/// <summary>
/// <see cref="IProgress"/> over Logger: the editor's execution log shows the lines while the run goes on. They never
/// start as the run's summary does (<c>fullSync: …</c>), so the summary stays the one line that says how it ended.
/// </summary>
public sealed class ScriptProgress : IProgress
{
    public void Report(string operation, string line) => Logger.Log($"{operation} progress: {line}");
}

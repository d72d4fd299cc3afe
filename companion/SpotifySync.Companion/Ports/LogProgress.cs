using System;
using Serilog;
using SpotifySync.Core.Ports;

namespace SpotifySync.Companion.Ports;

/// <summary><see cref="IProgress"/> into the companion's log and, for a run from the command line, onto the terminal.</summary>
public sealed class LogProgress(ILogger log, Action<string>? terminal) : IProgress
{
    public void Report(string operation, string line)
    {
        log.Information("Spotify → Notion ({Operation}): {Progress}", operation, line);
        terminal?.Invoke($"  Spotify → Notion: {line}");
    }
}

using Serilog;
using SpotifySync.Core.Ports;

namespace SpotifySync.Companion.Ports;

/// <summary>The core's execution log (Apps Script's Logger) in the companion's log file.</summary>
public sealed class CoreLog(ILogger log) : ILog
{
    public void Info(string message) => log.Information("{CoreMessage}", message);
}

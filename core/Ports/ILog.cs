namespace SpotifySync.Core.Ports;

/// <summary>The execution log (Apps Script's Logger, the companion's log file).</summary>
public interface ILog
{
    void Info(string message);
}

namespace SpotifySync.Core.Ports;

/// <summary>
/// Where long work shows how far it got as it goes, a line per batch of the full sync: the execution log in Apps
/// Script, the log file and a person's terminal in the companion.
/// </summary>
public interface IProgress
{
    /// <param name="operation">The operation at work, such as <c>fullSync</c>.</param>
    /// <param name="line">Where it stands: <c>walk, 50 of 300 liked tracks; 40 created, 2 updated</c>.</param>
    void Report(string operation, string line);
}

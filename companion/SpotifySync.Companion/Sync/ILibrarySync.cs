using System.Threading;
using System.Threading.Tasks;

namespace SpotifySync.Companion.Sync;

/// <summary>
/// The extension point for the full Spotify → Notion sync through the shared core (the sync engine of
/// gas-src/Core/Sync), which a full run does before its downloads, free of Apps Script's 6-minute limit. It is not
/// wired yet: <see cref="SyncRunner"/> gets none, and a full run does the download parts only and says nothing about
/// Spotify (its --help says so).
/// </summary>
public interface ILibrarySync
{
    /// <summary>Runs the sync to the end and returns a one-line summary for the run's record and report.</summary>
    Task<string> RunAsync(CancellationToken cancellation);
}

using System.Threading;
using System.Threading.Tasks;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Sync;

/// <summary>
/// The full Spotify → Notion sync a full run does before its downloads, free of Apps Script's 6-minute limit
/// (<see cref="CoreLibrarySync"/>: the shared core's FullSync). <see cref="SyncRunner"/> has none when no Spotify
/// credential is configured: a full run then does the download parts only.
/// </summary>
public interface ILibrarySync
{
    /// <summary>Runs the sync to the end under the lock of run <paramref name="runId"/>, which the caller holds.</summary>
    Task<LibrarySyncRecord> RunAsync(string runId, CancellationToken cancellation);
}

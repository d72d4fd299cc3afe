using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SpotifySync.Companion.Downloads;

/// <summary>
/// What the download workflow asks of yt-dlp (<see cref="YtDlp"/>); <c>spotify-sync demo</c> gives it a built-in
/// stand-in (<see cref="Demo.StandInDownloader"/>) that needs no network.
/// </summary>
public interface IDownloader
{
    /// <summary>The program's version line, which also proves it can run.</summary>
    /// <exception cref="YtDlpUnusableException">It cannot be started, does not answer, or is too old.</exception>
    Task<string> VersionAsync(CancellationToken cancellation);

    /// <summary>The candidates of a search (<c>scsearch5:ARTIST TITLE</c>) or the one track of a URL; empty when nothing matched.</summary>
    Task<IReadOnlyList<YtDlpCandidate>> InspectAsync(string target, CancellationToken cancellation);

    /// <summary>
    /// Downloads <paramref name="candidate"/>, tagged with <paramref name="track"/>'s title and artist, and returns the
    /// file's path (again, when an earlier download's file is gone).
    /// </summary>
    Task<string> DownloadAsync(PendingTrack track, YtDlpCandidate candidate, CancellationToken cancellation);
}

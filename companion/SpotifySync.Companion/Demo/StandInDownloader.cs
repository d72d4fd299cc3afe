using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SpotifySync.Companion.Downloads;

namespace SpotifySync.Companion.Demo;

/// <summary>
/// The demo's built-in stand-in for yt-dlp: no network and no audio. Its "SoundCloud" is a fixed catalog (the
/// sandbox's tracks, some left out so that the demo shows Not Found too); a download writes a small text file that
/// says it is a stand-in, named as yt-dlp names its files, cut to a name the file system takes
/// (<see cref="SafeFileName"/>: a long title in Cyrillic passes the 255-byte limit well before 255 characters).
/// </summary>
public sealed class StandInDownloader(IReadOnlyList<YtDlpCandidate> catalog, string downloadDir) : IDownloader
{
    public const string Version = "stand-in (spotify-sync demo's built-in downloader: no network, no audio)";

    private const string Search = "scsearch5:";

    public Task<string> VersionAsync(CancellationToken cancellation) => Task.FromResult(Version);

    public Task<IReadOnlyList<YtDlpCandidate>> InspectAsync(string target, CancellationToken cancellation)
    {
        if (!target.StartsWith(Search, StringComparison.Ordinal)) return Task.FromResult<IReadOnlyList<YtDlpCandidate>>(catalog.Where(c => c.Url == target).ToList());
        // As a search engine would: the five entries sharing the most words with the query.
        var query = Words(target[Search.Length..]);
        IReadOnlyList<YtDlpCandidate> found = catalog
            .Select(candidate => (Candidate: candidate, Hits: Words(candidate.Title + " " + candidate.Uploader).Count(query.Contains)))
            .Where(c => c.Hits > 0)
            .OrderByDescending(c => c.Hits)
            .Take(5)
            .Select(c => c.Candidate)
            .ToList();
        return Task.FromResult(found);
    }

    public async Task<string> DownloadAsync(PendingTrack track, YtDlpCandidate candidate, CancellationToken cancellation)
    {
        Directory.CreateDirectory(downloadDir);
        var path = Path.Combine(downloadDir, SafeFileName.Of($"{candidate.Uploader} - {candidate.Title}", $" [{candidate.Id}].stand-in.txt"));
        await File.WriteAllTextAsync(path, $"STAND-IN: no audio. spotify-sync demo's built-in downloader wrote this file instead of downloading {candidate.Url}.\n", cancellation);
        return path;
    }

    private static HashSet<string> Words(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}

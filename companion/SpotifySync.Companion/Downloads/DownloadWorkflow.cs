using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Serilog;
using SpotifySync.Companion.State;
using SpotifySync.Core.Tracks;

namespace SpotifySync.Companion.Downloads;

/// <summary>
/// Downloads the tracks that arrived in Notion and writes the result back. A track is never downloaded twice: the
/// download archive makes yt-dlp skip what it fetched before (unless its file is gone), the file's path is kept in the state file before
/// Notion is told (so a run killed in between only finishes the write), and Downloaded tracks are not queried.
/// A full run also sets Downloaded tracks whose file is gone back to Pending, and tries Failed ones again once their
/// pause (<see cref="DownloadBackoff"/>) is over, up to SPOTIFY_SYNC_MAX_DOWNLOAD_ATTEMPTS.
/// </summary>
public sealed class DownloadWorkflow(TrackPages pages, IDownloader ytDlp, StateStore state, int maxAttempts, ILogger log, TimeProvider time)
{
    private bool _ytDlpChecked;

    /// <param name="counts">Counted into as the tracks are handled, so that a run ended by an error still says what it did.</param>
    public async Task RunAsync(bool full, DownloadCounts counts, List<string> errors, CancellationToken cancellation)
    {
        var tracks = new List<PendingTrack>();
        if (full)
        {
            counts.MissingFiles = ResetMissingFiles();
            var due = DueRetries();
            counts.Retried = due.Count;
            tracks.AddRange(due);
        }
        var pending = pages.Pending();
        tracks.AddRange(pending.Where(p => tracks.All(t => t.PageId != p.PageId)));
        counts.Pending = tracks.Count;
        log.Information("{Count} track(s) to download ({Retried} retried)", tracks.Count, counts.Retried);
        foreach (var track in tracks)
        {
            cancellation.ThrowIfCancellationRequested();
            var status = await DownloadAsync(track, errors, cancellation);
            switch (status)
            {
                case DownloadStatuses.Downloaded: counts.Downloaded++; break;
                case DownloadStatuses.NotFound: counts.NotFound++; break;
                default: counts.Failed++; break;
            }
        }
    }

    private async Task<string> DownloadAsync(PendingTrack track, List<string> errors, CancellationToken cancellation)
    {
        var name = $"{track.Artist} – {track.Title} ({track.PageId})";
        if (Saved(track.PageId) is { } saved)
        {
            log.Information("{Track}: already saved as {Path} by an earlier run; writing it back", name, saved.FilePath);
            return Finish(track, DownloadStatuses.Downloaded, saved.FilePath, saved.SoundCloudUrl, null);
        }
        await CheckYtDlpAsync(cancellation);
        YtDlpCandidate? chosen;
        try
        {
            var candidates = await ytDlp.InspectAsync(track.SoundCloudUrl ?? TrackMatcher.SearchQuery(track), cancellation);
            chosen = track.SoundCloudUrl is not null ? candidates.FirstOrDefault() : TrackMatcher.Best(track, candidates);
            if (chosen is null)
            {
                log.Information("{Track}: no match among {Count} result(s)", name, candidates.Count);
                return Finish(track, DownloadStatuses.NotFound, null, null, null);
            }
            var path = await ytDlp.DownloadAsync(track, chosen, cancellation);
            state.Update(s =>
            {
                var record = Record(s, track.PageId);
                record.FilePath = path;
                record.SoundCloudUrl = chosen.Url;
            });
            log.Information("{Track}: saved {Path} from {Url}", name, path, chosen.Url);
            return Finish(track, DownloadStatuses.Downloaded, path, chosen.Url, null);
        }
        catch (YtDlpException exception)
        {
            log.Warning("{Track}: {Error}", name, exception.Message);
            errors.Add($"{name}: {exception.Message}");
            return Finish(track, DownloadStatuses.Failed, null, null, exception.Message);
        }
    }

    /// <summary>
    /// Runs <c>yt-dlp --version</c> before the first track that needs yt-dlp, and only then: yt-dlp is a Python
    /// program whose start costs more than the rest of a run with nothing to download, which is most cron runs.
    /// </summary>
    /// <exception cref="YtDlpUnusableException">yt-dlp cannot be run or is too old, which ends the run (exit 5).</exception>
    private async Task CheckYtDlpAsync(CancellationToken cancellation)
    {
        if (_ytDlpChecked) return;
        log.Information("yt-dlp {Version}", await ytDlp.VersionAsync(cancellation));
        _ytDlpChecked = true;
    }

    /// <summary>Writes the outcome to the state file and Notion; a Notion error (after the core's retries) ends the run.</summary>
    private string Finish(PendingTrack track, string status, string? path, string? soundCloudUrl, string? error)
    {
        var now = time.GetUtcNow();
        state.Update(s =>
        {
            var record = Record(s, track.PageId);
            record.LastAttemptAt = now.ToString("O", CultureInfo.InvariantCulture);
            record.LastError = error;
            if (status == DownloadStatuses.Failed)
            {
                record.Attempts++;
                record.NextAttemptAt = (now + DownloadBackoff.After(record.Attempts)).ToString("O", CultureInfo.InvariantCulture);
            }
        });
        pages.Write(track.PageId, status, path, soundCloudUrl);
        return status;
    }

    /// <summary>Downloaded tracks whose file is no longer there go back to Pending, to be downloaded again.</summary>
    private int ResetMissingFiles()
    {
        var missing = 0;
        foreach (var track in pages.WithStatus(DownloadStatuses.Downloaded))
        {
            if (track.FilePath != "" && File.Exists(track.FilePath)) continue;
            log.Information("{Title} ({PageId}): the file {Path} is gone; Pending again", track.Title, track.PageId, track.FilePath);
            state.Update(s => s.Downloads.Remove(track.PageId));
            pages.Write(track.PageId, DownloadStatuses.Pending, null, null);
            missing++;
        }
        return missing;
    }

    /// <summary>Failed tracks whose pause is over and that have attempts left.</summary>
    private List<PendingTrack> DueRetries()
    {
        var now = time.GetUtcNow();
        var downloads = state.Read().Downloads;
        return pages.WithStatus(DownloadStatuses.Failed).Where(track =>
        {
            if (!downloads.TryGetValue(track.PageId, out var record)) return true;
            var due = record.NextAttemptAt is null || DateTimeOffset.Parse(record.NextAttemptAt, CultureInfo.InvariantCulture) <= now;
            return due && record.Attempts < maxAttempts;
        }).ToList();
    }

    private DownloadRecord? Saved(string pageId) =>
        state.Read().Downloads.TryGetValue(pageId, out var record) && record.FilePath is { } path && File.Exists(path) ? record : null;

    private static DownloadRecord Record(CompanionState state, string pageId)
    {
        if (!state.Downloads.TryGetValue(pageId, out var record)) state.Downloads[pageId] = record = new DownloadRecord();
        return record;
    }
}

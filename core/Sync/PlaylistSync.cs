using System.Collections.Generic;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Spotify.Model;
using SpotifySync.Core.Sync.Results;
using SpotifySync.Core.Sync.State;
using SpotifySync.Core.Sync.Tracks;
using SpotifySync.Core.Tracks;

namespace SpotifySync.Core.Sync;

/// <summary>
/// The sync of one playlist through <c>/playlists/{id}/items</c> (reading <c>item ?? track</c>): the playlist's name
/// is added to Playlists (a union with what the page has), and the missing pages are created with Source Playlist.
/// Episodes (unless included), local files and unavailable entries are skipped and counted. The offset is saved
/// after each batch, so a long playlist resumes; a playlist whose <c>snapshot_id</c> has not changed since its last
/// complete walk costs one call.
/// </summary>
public sealed class PlaylistSync
{
    public const string Operation = "syncPlaylist";

    private readonly SyncServices _services;

    public PlaylistSync(SyncServices services)
    {
        _services = services;
    }

    public PlaylistSyncResult Run(string playlistId)
    {
        var result = new PlaylistSyncResult { PlaylistId = playlistId };
        var outcome = _services.Runner.Run(Operation, () => Sync(playlistId, result));
        result.Status = outcome.Status;
        result.Error = outcome.Error;
        result.DurationMs = outcome.DurationMs;
        var name = result.PlaylistName is null ? playlistId : $"'{result.PlaylistName}'";
        result.Summary = $"{Operation} {name}: {outcome.Status}{(result.Complete ? ", complete" : "")}, {result.Entries} entr(ies) read{SyncSummary.Counts(result.Tracks)}{SyncSummary.Error(outcome)}";
        _services.Ports.Log.Info(result.Summary);
        _services.Notifier.Notify(Operation, result.Tracks.CreatedIds);
        return result;
    }

    private string Sync(string playlistId, PlaylistSyncResult result)
    {
        var playlist = _services.Spotify.GetPlaylist(playlistId);
        result.PlaylistName = playlist.Name;
        var cursor = _services.Store.Playlist(playlistId) ?? new PlaylistCursor();
        if (cursor.SnapshotId != playlist.SnapshotId)
        {
            cursor = new PlaylistCursor { Offset = 0, SnapshotId = playlist.SnapshotId, Complete = false };
        }
        else if (cursor.Complete == true)
        {
            result.Complete = true;
            return RunStatuses.Done;
        }
        var pageSize = _services.Options.SpotifyPageSize;
        while (true)
        {
            if (!_services.Pace.StartsBatch(pageSize + 2)) return RunStatuses.Stopped;
            var page = _services.Spotify.GetPlaylistItems(playlistId, pageSize, cursor.Offset ?? 0);
            var entries = page.Items ?? new List<SpotifyPlaylistItem>();
            result.Entries += entries.Count;
            var done = Write(entries, playlist.Name ?? playlistId, result.Tracks);
            cursor.Offset = (cursor.Offset ?? 0) + done;
            if (done == entries.Count && (page.Next is null || entries.Count == 0)) cursor.Complete = true;
            _services.Store.SavePlaylist(playlistId, cursor);
            if (done < entries.Count) return RunStatuses.Stopped;
            if (cursor.Complete == true)
            {
                result.Complete = true;
                return RunStatuses.Done;
            }
        }
    }

    /// <summary>Writes the entries in order; returns how many are done (fewer when the budget ran out).</summary>
    private int Write(List<SpotifyPlaylistItem> entries, string playlistName, SyncTally tally)
    {
        var ids = new List<string>();
        foreach (var entry in entries)
        {
            if (Track(entry, null) is { } track) ids.Add(track.Id!);
        }
        var pages = ids.Count == 0 ? new Dictionary<string, TrackPage>() : _services.Index().Find(ids);
        var done = 0;
        foreach (var entry in entries)
        {
            var track = Track(entry, tally);
            if (track is null)
            {
                done++;
                continue;
            }
            if (!_services.Pace.Fits(1)) break;
            var id = track.Id!;
            if (pages.TryGetValue(id, out var page))
            {
                var changes = new Dictionary<string, NotionPropertyValue>();
                _services.Changes.AddPlaylist(changes, page, playlistName);
                _services.Writer().Update(page, changes, tally);
            }
            else
            {
                var request = TrackPageMapper.NewPage(_services.DataSourceId(), _services.Names, track, new TrackContext { Source = TrackSources.Playlist, AddedAt = entry.AddedAt, PlaylistName = playlistName });
                if (_services.Writer().Create(id, request, tally) is { } created) pages[id] = created;
            }
            done++;
        }
        return done;
    }

    /// <summary>The entry's track when it gets a page; null for an unavailable entry, a local file or an excluded episode (counted in the tally when given).</summary>
    private SpotifyTrack? Track(SpotifyPlaylistItem entry, SyncTally? tally)
    {
        var track = entry.Item ?? entry.Track;
        if (track is null)
        {
            if (tally is not null) tally.SkippedUnavailable++;
            return null;
        }
        if (entry.IsLocal == true || track.IsLocal == true || track.Id is null)
        {
            if (tally is not null) tally.SkippedLocal++;
            return null;
        }
        if (track.Type == "episode" && !_services.Options.IncludeEpisodes)
        {
            if (tally is not null) tally.SkippedEpisodes++;
            return null;
        }
        return track;
    }
}

using System.Collections.Generic;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Spotify.Model;
using SpotifySync.Core.Sync.Tracks;
using SpotifySync.Core.Tracks;

namespace SpotifySync.Core.Sync;

/// <summary>
/// Puts a batch of liked songs into Notion, in order: one dedupe query for the batch, then a page created for each
/// track without one (Source Saved, Added At, In Library) and In Library checked (and an empty Added At filled)
/// on each page that lacks it. Local files are skipped and counted. Shared by the incremental and the full sync.
/// </summary>
public sealed class LikedTracksWriter
{
    private readonly SyncServices _services;

    public LikedTracksWriter(SyncServices services)
    {
        _services = services;
    }

    /// <summary>
    /// Writes the items in order and returns how many are done: all of them, unless the time budget ran out first,
    /// in which case the items before the returned count are in Notion and the rest are not touched.
    /// </summary>
    public int Write(List<SpotifySavedTrack> items, SyncTally tally)
    {
        var clock = _services.Ports.Clock;
        var started = clock.UtcNow();
        var waited = _services.Notion.WaitedMilliseconds;
        var ids = new List<string>();
        foreach (var item in items)
        {
            if (KeyOf(item) is { } id) ids.Add(id);
        }
        var pages = ids.Count == 0 ? new Dictionary<string, TrackPage>() : _services.Index().Find(ids);
        var calls = ids.Count == 0 ? 0 : 1;
        var done = 0;
        foreach (var item in items)
        {
            if (KeyOf(item) is not { } id)
            {
                tally.SkippedLocal++;
                done++;
                continue;
            }
            if (!_services.Pace.Fits(1)) break;
            if (pages.TryGetValue(id, out var page))
            {
                var changes = new Dictionary<string, NotionPropertyValue>();
                _services.Changes.InLibrary(changes, page, true);
                _services.Changes.AddedAtIfEmpty(changes, page, item.AddedAt);
                if (_services.Writer().Update(page, changes, tally)) calls++;
            }
            else
            {
                var request = TrackPageMapper.NewPage(_services.DataSourceId(), _services.Names, item.Track!, new TrackContext { Source = TrackSources.Saved, AddedAt = item.AddedAt });
                if (_services.Writer().Create(id, request, tally) is { } created) pages[id] = created;
                calls++;
            }
            done++;
        }
        _services.Pace.Measured(calls, (clock.UtcNow() - started).TotalMilliseconds - (_services.Notion.WaitedMilliseconds - waited));
        return done;
    }

    /// <summary>The Spotify ID that keys the item's page; null for a local file (or an entry without a track).</summary>
    public static string? KeyOf(SpotifySavedTrack item) => item.Track?.IsLocal == true ? null : item.Track?.Id;
}

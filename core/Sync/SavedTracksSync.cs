using System.Collections.Generic;
using SpotifySync.Core.Spotify.Model;
using SpotifySync.Core.Sync.Results;
using SpotifySync.Core.Sync.State;
using SpotifySync.Core.Timing;

namespace SpotifySync.Core.Sync;

/// <summary>
/// The incremental sync of liked songs (the 5-minute trigger's work). It reads <c>/me/tracks</c> newest first and
/// stops at the watermark, so a run with nothing new makes one Spotify call and no Notion call; it puts the new
/// likes into Notion oldest first, batch by batch, and moves the watermark only past likes that are in Notion, so a
/// run stopped by the budget (or killed) resumes where it was. Without a watermark (the first run), or when more
/// new likes wait than <see cref="MaxHeadPages"/> pages hold, the watermark is set at the head and the backlog is
/// left to the resumable <see cref="FullSync"/>, which every run then carries on with the time left.
/// </summary>
public sealed class SavedTracksSync
{
    public const string Operation = "syncSpotifyToNotion";

    /// <summary>The head walk reads at most this many pages before it hands the backlog to the full sync.</summary>
    public const int MaxHeadPages = 10;

    private readonly SyncServices _services;
    private readonly FullSync _fullSync;
    private readonly LikedTracksWriter _liked;
    private readonly SavedTracksReader _reader;
    private readonly int _pageSize;

    public SavedTracksSync(SyncServices services)
    {
        _services = services;
        _fullSync = new FullSync(services);
        _liked = new LikedTracksWriter(services);
        _pageSize = services.Options.SpotifyPageSize;
        _reader = new SavedTracksReader(services.Spotify, _pageSize);
    }

    public SavedTracksResult Run()
    {
        var result = new SavedTracksResult();
        var outcome = _services.Runner.Run(Operation, () => Sync(result));
        result.Status = outcome.Status;
        result.Error = outcome.Error;
        result.DurationMs = outcome.DurationMs;
        result.Watermark = _services.Store.Watermark()?.AddedAt;
        var full = "";
        if (result.FullSync is { } fullSync)
        {
            FullSync.Finish(fullSync, outcome);
            full = $"; full sync {fullSync.Phase} {FullSync.Position(fullSync)}{SyncSummary.Counts(fullSync.Tracks)}, {fullSync.Unchecked} unchecked";
        }
        result.Summary = $"{Operation}: {outcome.Status}, {result.NewLikes} new like(s){SyncSummary.Counts(result.Tracks)}{full}{SyncSummary.Error(outcome)}";
        _services.Ports.Log.Info(result.Summary);
        var created = new List<string>(result.Tracks.CreatedIds);
        if (result.FullSync is { } carried) created.AddRange(carried.Tracks.CreatedIds);
        _services.Notifier.Notify(Operation, created);
        return result;
    }

    private string Sync(SavedTracksResult result)
    {
        var watermark = _services.Store.Watermark();
        if (watermark is null)
        {
            _fullSync.Begin();
            return CarryOnFullSync(result);
        }
        var head = _reader.Read(0, null).Page;
        var fresh = NewLikes(head, watermark);
        if (fresh is null)
        {
            _services.Store.SaveWatermark(HeadWatermark(head));
            _fullSync.Begin();
            return CarryOnFullSync(result);
        }
        result.NewLikes = fresh.Count;
        fresh.Reverse();
        for (var start = 0; start < fresh.Count; start += _services.Options.BatchSize)
        {
            var batch = fresh.GetRange(start, System.Math.Min(_services.Options.BatchSize, fresh.Count - start));
            if (!_services.Pace.StartsBatch(batch.Count + 1)) return RunStatuses.Stopped;
            var done = _liked.Write(batch, result.Tracks);
            Advance(watermark, batch, done);
            _services.Store.SaveWatermark(watermark);
            if (done < batch.Count) return RunStatuses.Stopped;
        }
        return CarryOnFullSync(result);
    }

    private string CarryOnFullSync(SavedTracksResult result)
    {
        if (!_fullSync.InProgress()) return RunStatuses.Done;
        result.FullSync = new FullSyncResult();
        return _fullSync.Continue(result.FullSync);
    }

    /// <summary>
    /// The likes newer than the watermark, newest first, read from the head page by page; null when more than
    /// <see cref="MaxHeadPages"/> pages of them wait.
    /// </summary>
    private List<SpotifySavedTrack>? NewLikes(SpotifyPage<SpotifySavedTrack> head, SavedTracksWatermark watermark)
    {
        var mark = IsoTime.Parse(watermark.AddedAt);
        var fresh = new List<SpotifySavedTrack>();
        var keys = new HashSet<string>();
        var page = head;
        var offset = 0;
        for (var pages = 1; ; pages++)
        {
            foreach (var item in page.Items ?? new List<SpotifySavedTrack>())
            {
                var addedAt = IsoTime.Parse(item.AddedAt);
                if (mark is not null && addedAt is not null && addedAt.Value < mark.Value) return fresh;
                var key = Key(item);
                if (mark is not null && addedAt is not null && addedAt.Value == mark.Value && (watermark.Keys ?? new List<string>()).Contains(key)) continue;
                if (keys.Add(key)) fresh.Add(item);
            }
            if (page.Next is null) return fresh;
            if (pages == MaxHeadPages) return null;
            var read = _reader.Read(offset + _pageSize, page.Total);
            offset = read.Offset;
            page = read.Page;
        }
    }

    /// <summary>Moves the watermark past the first <paramref name="done"/> likes of the batch (oldest first).</summary>
    private static void Advance(SavedTracksWatermark watermark, List<SpotifySavedTrack> batch, int done)
    {
        for (var i = 0; i < done; i++)
        {
            var item = batch[i];
            if (item.AddedAt is null) continue;
            if (item.AddedAt != watermark.AddedAt)
            {
                watermark.AddedAt = item.AddedAt;
                watermark.Keys = new List<string>();
            }
            (watermark.Keys ??= new List<string>()).Add(Key(item));
        }
    }

    /// <summary>The watermark at the head: its newest like and every like of that same second.</summary>
    public static SavedTracksWatermark HeadWatermark(SpotifyPage<SpotifySavedTrack> head)
    {
        var watermark = new SavedTracksWatermark { AddedAt = null, Keys = new List<string>() };
        foreach (var item in head.Items ?? new List<SpotifySavedTrack>())
        {
            if (item.AddedAt is null) continue;
            watermark.AddedAt ??= item.AddedAt;
            if (item.AddedAt != watermark.AddedAt) break;
            watermark.Keys.Add(Key(item));
        }
        return watermark;
    }

    /// <summary>A like's identity: the track ID, or a local file's uri.</summary>
    private static string Key(SpotifySavedTrack item) => item.Track?.Id ?? item.Track?.Uri ?? "";
}

using System.Collections.Generic;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Spotify.Model;
using SpotifySync.Core.Sync.Results;
using SpotifySync.Core.Sync.State;
using SpotifySync.Core.Sync.Tracks;
using SpotifySync.Core.Timing;

namespace SpotifySync.Core.Sync;

/// <summary>
/// The full sync of the liked songs, resumable across executions from <see cref="FullSyncState"/>. The walk reads
/// <c>/me/tracks</c> page by page from the saved offset (stepping back when unlikes shrank the library), creating
/// the missing pages and checking In Library where it is unchecked; the offset is saved after each batch is in
/// Notion. The sweep then reads the pages created before the walk began (all of them if the walk saw the library
/// shrink; so a first full sync's sweep is one query), merges the pages of any track that has several
/// (<see cref="DuplicateMerger"/>), and unchecks In Library on pages whose track is no longer liked, compared with
/// every liked ID (read in parallel). An interrupted sweep starts over in the next execution, after finishing a
/// merge it left midway. Likes newer than the walk's first page are the incremental sync's: when there is no
/// watermark yet, that page sets it.
/// </summary>
public sealed class FullSync
{
    public const string Operation = "fullSync";

    /// <summary>Pages of liked songs fetched at once by the sweep.</summary>
    public const int ParallelPages = 10;

    private readonly SyncServices _services;
    private readonly LikedTracksWriter _liked;
    private readonly SavedTracksReader _reader;
    private readonly int _pageSize;

    public FullSync(SyncServices services)
    {
        _services = services;
        _liked = new LikedTracksWriter(services);
        _pageSize = services.Options.SpotifyPageSize;
        _reader = new SavedTracksReader(services.Spotify, _pageSize);
    }

    /// <summary>The <c>fullSync()</c> entry point: continues the full sync in progress, or begins a new one.</summary>
    public FullSyncResult Run()
    {
        var result = new FullSyncResult();
        var outcome = _services.Runner.Run(Operation, () =>
        {
            if (!InProgress())
            {
                Begin();
                result.Started = true;
            }
            return Continue(result);
        });
        Finish(result, outcome);
        _services.Ports.Log.Info(result.Summary);
        _services.Notifier.Notify(Operation, result.Tracks.CreatedIds);
        return result;
    }

    /// <summary>Begins a new full sync from the newest liked song, replacing one in progress.</summary>
    public void Begin() => Save(new FullSyncState { Phase = FullSyncPhases.Walk, Offset = 0, StartedAt = IsoTime.Format(_services.Ports.Clock.UtcNow()), Shrunk = false, Created = 0, Updated = 0 });

    /// <summary>Saves where the full sync stands (a later run goes on from there) and reports it on the progress port.</summary>
    private void Save(FullSyncState state)
    {
        _services.Store.SaveFullSync(state);
        _services.Ports.Progress.Report(Operation, ProgressLine(state));
    }

    public bool InProgress() => _services.Store.FullSync() is { } state && state.Phase != FullSyncPhases.Done;

    /// <summary>
    /// Carries the full sync on inside a run that holds the lock, until it is done or the budget says stop; returns
    /// <see cref="RunStatuses.Done"/> or <see cref="RunStatuses.Stopped"/>.
    /// </summary>
    public string Continue(FullSyncResult result)
    {
        var state = _services.Store.FullSync();
        if (state is null || state.Phase == FullSyncPhases.Done)
        {
            result.Phase = FullSyncPhases.Done;
            return RunStatuses.Done;
        }
        try
        {
            var status = Walk(state, result);
            if (status == RunStatuses.Done && state.Phase == FullSyncPhases.Sweep) status = Sweep(state, result);
            if (status == RunStatuses.Done && state.Phase == FullSyncPhases.Sweep)
            {
                state.Phase = FullSyncPhases.Done;
                state.CompletedAt = IsoTime.Format(_services.Ports.Clock.UtcNow());
                Save(state);
            }
            return status;
        }
        finally
        {
            // Also when Notion or Spotify ends the run midway: the result then says where the saved progress stands.
            result.Phase = state.Phase ?? FullSyncPhases.Walk;
            result.Offset = state.Offset ?? 0;
            result.Total = state.Total;
        }
    }

    /// <summary>Fills the result's status and one-line summary from the run's outcome.</summary>
    public static void Finish(FullSyncResult result, RunOutcome outcome)
    {
        result.Status = outcome.Status;
        result.Error = outcome.Error;
        result.DurationMs = outcome.DurationMs;
        var progress = result.Phase == "" ? "" : $" ({(result.Phase == FullSyncPhases.Walk ? $"walk {Position(result)}" : result.Phase)})";
        var merged = result.Merged == 0 ? "" : $", {result.Merged} duplicated tracks merged";
        result.Summary = $"{Operation}: {outcome.Status}{progress}{SyncSummary.Counts(result.Tracks)}, {result.Unchecked} unchecked{merged}{SyncSummary.Error(outcome)}";
    }

    /// <summary>Where the full sync stands after a batch: the phase, the walk's offset of the total, the pages created and updated.</summary>
    public static string ProgressLine(FullSyncState state)
    {
        var phase = state.Phase ?? FullSyncPhases.Walk;
        var where = phase == FullSyncPhases.Walk
            ? (state.Total is null ? "walk, starting from the newest liked track" : $"walk, {state.Offset ?? 0} of {state.Total} liked tracks")
            : phase == FullSyncPhases.Sweep ? "sweep, merging duplicate pages and unchecking tracks no longer liked" : phase;
        return $"{where}; {state.Created ?? 0} created, {state.Updated ?? 0} updated";
    }

    /// <summary>Where the walk stands, for a summary: "at 50 of 300", or "at 0" before it has read the library's size.</summary>
    public static string Position(FullSyncResult result) => result.Total is null ? $"at {result.Offset}" : $"at {result.Offset} of {result.Total}";

    private string Walk(FullSyncState state, FullSyncResult result)
    {
        var tally = result.Tracks;
        while ((state.Phase ?? FullSyncPhases.Walk) == FullSyncPhases.Walk)
        {
            if (!_services.Pace.StartsBatch(_pageSize + 2)) return RunStatuses.Stopped;
            var created = tally.Created;
            var updated = tally.Updated;
            var read = _reader.Read(state.Offset ?? 0, state.Total);
            if (read.Offset == 0 && _services.Store.Watermark() is null) _services.Store.SaveWatermark(SavedTracksSync.HeadWatermark(read.Page));
            var items = read.Page.Items ?? new List<SpotifySavedTrack>();
            var done = _liked.Write(items, tally);
            if (read.Shrunk) state.Shrunk = true;
            state.Offset = read.Offset + done;
            state.Total = read.Page.Total;
            state.Created = (state.Created ?? 0) + tally.Created - created;
            state.Updated = (state.Updated ?? 0) + tally.Updated - updated;
            if (done == items.Count && (read.Page.Next is null || items.Count == 0)) state.Phase = FullSyncPhases.Sweep;
            Save(state);
            if (done < items.Count) return RunStatuses.Stopped;
        }
        return RunStatuses.Done;
    }

    private string Sweep(FullSyncState state, FullSyncResult result)
    {
        var merger = new DuplicateMerger(_services, Save);
        if (state.Merge is not null && merger.Finish(state)) result.Merged++;
        var pages = LibraryPages(state);
        if (pages is null) return RunStatuses.Stopped;
        var duplicated = DuplicatedIds(pages);
        if (duplicated.Count > 0 && !merger.MergeAll(state, duplicated, result)) return RunStatuses.Stopped;
        var candidates = new List<TrackPage>();
        var seen = new HashSet<string>();
        foreach (var page in pages)
        {
            if (!seen.Add(page.SpotifyId)) continue;
            // A merged track's page is the survivor, as the merge left it.
            var current = duplicated.Contains(page.SpotifyId) && _services.Index().Find(new List<string> { page.SpotifyId }).TryGetValue(page.SpotifyId, out var merged) ? merged : page;
            if (current.InLibrary) candidates.Add(current);
        }
        if (candidates.Count == 0) return RunStatuses.Done;
        var liked = LikedIds();
        if (liked is null) return RunStatuses.Stopped;
        foreach (var page in candidates)
        {
            if (liked.Contains(page.SpotifyId)) continue;
            if (!_services.Pace.Fits(1)) return RunStatuses.Stopped;
            var changes = new Dictionary<string, NotionPropertyValue>();
            _services.Changes.InLibrary(changes, page, false);
            if (_services.Writer().Update(page, changes, result.Tracks)) result.Unchecked++;
        }
        return RunStatuses.Done;
    }

    /// <summary>The Spotify IDs that more than one of the pages holds, in the order first met.</summary>
    private static List<string> DuplicatedIds(List<TrackPage> pages)
    {
        var counts = new Dictionary<string, int>();
        var duplicated = new List<string>();
        foreach (var page in pages)
        {
            counts[page.SpotifyId] = counts.TryGetValue(page.SpotifyId, out var count) ? count + 1 : 1;
            if (counts[page.SpotifyId] == 2) duplicated.Add(page.SpotifyId);
        }
        return duplicated;
    }

    /// <summary>
    /// The pages with a Spotify ID that may be stale or duplicated: created before the minute the walk began (Notion
    /// keeps creation times to the minute; all of them when the library shrank during the walk), oldest first. Past
    /// Notion's 10,000 results per query the query goes on from the last creation time seen. Null when the budget ran
    /// out.
    /// </summary>
    private List<TrackPage>? LibraryPages(FullSyncState state)
    {
        var names = _services.Names;
        var pages = new List<TrackPage>();
        var seen = new HashSet<string>();
        var startedAt = IsoTime.Parse(state.StartedAt);
        var createdBefore = state.Shrunk == true || startedAt is null ? null : IsoTime.Format(Tracks.TrackChanges.StartOfMinute(startedAt.Value));
        string? createdFrom = null;
        string? cursor = null;
        var sorts = new List<NotionSort> { new NotionSort { Timestamp = "created_time", Direction = "ascending" } };
        while (true)
        {
            if (!_services.Pace.Fits(1)) return null;
            var conditions = new List<NotionFilter>
            {
                new NotionFilter { Property = names.SpotifyId, RichText = new NotionTextCondition { IsNotEmpty = true } },
            };
            if (createdBefore is not null) conditions.Add(new NotionFilter { Timestamp = "created_time", CreatedTime = new NotionDateCondition { Before = createdBefore } });
            if (createdFrom is not null) conditions.Add(new NotionFilter { Timestamp = "created_time", CreatedTime = new NotionDateCondition { OnOrAfter = createdFrom } });
            var found = _services.Notion.QueryDataSource(_services.DataSourceId(), new NotionFilter { And = conditions }, sorts, cursor, 100);
            string? lastCreated = null;
            foreach (var page in found.Results ?? new List<NotionPage>())
            {
                lastCreated = page.CreatedTime ?? lastCreated;
                if (page.Id is { } id && seen.Add(id)) pages.Add(TrackPageReader.Read(id, page.Properties, names));
            }
            if (found.RequestStatus?.Type == "incomplete" && lastCreated is not null)
            {
                createdFrom = lastCreated;
                cursor = null;
                continue;
            }
            if (found.HasMore != true || found.NextCursor is null) return pages;
            cursor = found.NextCursor;
        }
    }

    /// <summary>Every liked track's ID, the pages fetched in parallel; null when the library changed while it was read.</summary>
    private HashSet<string>? LikedIds()
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var first = _services.Spotify.GetSavedTracks(50, 0);
            var total = first.Total ?? 0;
            var pages = new List<SpotifyPage<SpotifySavedTrack>> { first };
            var offsets = new List<int>();
            for (var offset = 50; offset < total; offset += 50) offsets.Add(offset);
            for (var start = 0; start < offsets.Count; start += ParallelPages)
            {
                pages.AddRange(_services.Spotify.GetSavedTracksPages(50, offsets.GetRange(start, System.Math.Min(ParallelPages, offsets.Count - start))));
            }
            var ids = new HashSet<string>();
            var items = 0;
            var consistent = true;
            foreach (var page in pages)
            {
                if (page.Total != total) consistent = false;
                foreach (var item in page.Items ?? new List<SpotifySavedTrack>())
                {
                    items++;
                    if (LikedTracksWriter.KeyOf(item) is { } id) ids.Add(id);
                }
            }
            if (consistent && items == total) return ids;
        }
        return null;
    }
}

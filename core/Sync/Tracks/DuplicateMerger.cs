using System;
using System.Collections.Generic;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Sync.Results;
using SpotifySync.Core.Sync.State;

namespace SpotifySync.Core.Sync.Tracks;

/// <summary>
/// Repairs tracks that have several Tracks pages, whoever made them (two writers that missed each other, a person's
/// duplicate): the oldest page takes in the others' values (<see cref="DuplicateMergeRule"/>) and the others go to the
/// trash, recoverable, never deleted. Each merge is saved in the full sync's state before its first write and
/// cleared after its last (<see cref="DuplicateMerge"/>), so an execution that ends midway is finished by the next
/// one with the same values.
/// </summary>
public sealed class DuplicateMerger
{
    private readonly SyncServices _services;
    private readonly Action<FullSyncState> _save;

    /// <param name="save">Saves the full sync's state.</param>
    public DuplicateMerger(SyncServices services, Action<FullSyncState> save)
    {
        _services = services;
        _save = save;
    }

    /// <summary>
    /// Merges the pages of each of the Spotify IDs (each known to have more than one) as Notion has them now, 100 IDs
    /// a query; returns false when the budget ran out first (the sweep then starts over in the next execution).
    /// </summary>
    public bool MergeAll(FullSyncState state, List<string> spotifyIds, FullSyncResult result)
    {
        for (var start = 0; start < spotifyIds.Count; start += TracksIndex.MaxIdsPerQuery)
        {
            if (!_services.Pace.Fits(1)) return false;
            var batch = spotifyIds.GetRange(start, Math.Min(TracksIndex.MaxIdsPerQuery, spotifyIds.Count - start));
            foreach (var group in Groups(_services.Index().PagesOf(batch), batch))
            {
                if (group.Count < 2) continue;
                if (!_services.Pace.Fits(group.Count)) return false;
                var update = DuplicateMergeRule.Merge(group, _services.Names);
                var merge = new DuplicateMerge
                {
                    SpotifyId = TrackPageReader.Read("", group[0].Properties, _services.Names).SpotifyId,
                    Survivor = group[0].Id,
                    Properties = update.Properties,
                    Cover = update.Cover,
                    Duplicates = new List<string>(),
                };
                for (var i = 1; i < group.Count; i++) merge.Duplicates.Add(group[i].Id ?? "");
                state.Merge = merge;
                _save(state);
                if (Finish(state)) result.Merged++;
            }
        }
        return true;
    }

    /// <summary>
    /// Sends the saved merge's writes (again, after an execution that ended midway) and clears it; returns whether the
    /// track's pages are one now. A survivor that a person trashed or deleted meanwhile ends the merge without
    /// trashing the others, so that no value is lost.
    /// </summary>
    public bool Finish(FullSyncState state)
    {
        if (state.Merge is not { } merge) return false;
        _services.Lease.Hold();
        var survivor = merge.Survivor ?? "";
        var update = new NotionUpdatePageRequest { Properties = merge.Properties ?? new Dictionary<string, NotionPropertyValue>(), Cover = merge.Cover };
        var merged = true;
        try
        {
            // Sent even when it changes nothing: Notion's answer is the survivor as it is now, for the sweep's check.
            var page = _services.Notion.UpdatePage(survivor, update);
            _services.Index().Remember(TrackPageReader.Read(page.Id ?? survivor, page.Properties, _services.Names));
            foreach (var duplicate in merge.Duplicates ?? new List<string>()) Trash(duplicate);
            _services.Ports.Log.Info($"Track {merge.SpotifyId} had {(merge.Duplicates?.Count ?? 0) + 1} pages: the oldest ({survivor}) took in the others' values ({Describe(update)}) and the others are in Notion's trash.");
        }
        catch (NotionApiException gone) when (IsGone(gone))
        {
            _services.Ports.Log.Info($"Track {merge.SpotifyId}'s pages were not merged: its oldest page ({survivor}) is gone ({gone.NotionMessage}); the others stay.");
            merged = false;
        }
        state.Merge = null;
        if (merged) state.Merged = (state.Merged ?? 0) + 1;
        _save(state);
        return merged;
    }

    /// <summary>Moves a page to the trash; one already gone from the data source counts as moved.</summary>
    private void Trash(string pageId)
    {
        try
        {
            _services.Notion.UpdatePage(pageId, new NotionUpdatePageRequest { InTrash = true });
        }
        catch (NotionApiException gone) when (gone.Status == 404)
        {
        }
    }

    /// <summary>The pages grouped by the Spotify ID each holds, in the order of <paramref name="ids"/>, each group oldest first.</summary>
    private List<List<NotionPage>> Groups(List<NotionPage> oldestFirst, List<string> ids)
    {
        var byId = new Dictionary<string, List<NotionPage>>();
        foreach (var page in oldestFirst)
        {
            if (page.InTrash == true) continue;
            var id = TrackPageReader.Read(page.Id ?? "", page.Properties, _services.Names).SpotifyId;
            if (!byId.TryGetValue(id, out var group))
            {
                group = new List<NotionPage>();
                byId[id] = group;
            }
            group.Add(page);
        }
        var groups = new List<List<NotionPage>>();
        foreach (var id in ids)
        {
            if (byId.TryGetValue(id, out var group)) groups.Add(group);
        }
        return groups;
    }

    private static string Describe(NotionUpdatePageRequest update)
    {
        var names = new List<string>(update.Properties.Keys);
        if (update.Cover is not null) names.Add("cover");
        return names.Count == 0 ? "it lacked none" : string.Join(", ", names);
    }

    /// <summary>The survivor is in the trash (an edit is refused) or no longer exists.</summary>
    private static bool IsGone(NotionApiException error) => error.Status == 404 || (error.Status == 400 && error.Code == "validation_error");
}

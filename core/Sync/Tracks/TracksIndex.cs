using System.Collections.Generic;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Tracks;

namespace SpotifySync.Core.Sync.Tracks;

/// <summary>
/// Finds the Tracks pages of Spotify IDs with one query per batch: an <c>or</c> of <c>rich_text equals</c> on the
/// Spotify ID, at most 100 conditions, never one query per track. Pages found or created during the execution are
/// remembered, so a track met twice (a repeat of an offset walk) costs no second query. When a person duplicated a
/// page, the oldest one is the track's page.
/// </summary>
public sealed class TracksIndex
{
    /// <summary>Notion's limit on the conditions of one compound filter, and on a query's page size.</summary>
    public const int MaxIdsPerQuery = 100;

    private readonly NotionClient _notion;
    private readonly string _dataSourceId;
    private readonly TrackPropertyNames _names;
    private readonly Dictionary<string, TrackPage> _known = new();

    public TracksIndex(NotionClient notion, string dataSourceId, TrackPropertyNames names)
    {
        _notion = notion;
        _dataSourceId = dataSourceId;
        _names = names;
    }

    /// <summary>The pages of those of the IDs that have one, keyed by Spotify ID; unknown IDs are queried 100 at a time.</summary>
    public Dictionary<string, TrackPage> Find(List<string> spotifyIds)
    {
        var unknown = new List<string>();
        foreach (var id in spotifyIds)
        {
            if (!_known.ContainsKey(id) && !unknown.Contains(id)) unknown.Add(id);
        }
        for (var start = 0; start < unknown.Count; start += MaxIdsPerQuery)
        {
            Query(unknown.GetRange(start, System.Math.Min(MaxIdsPerQuery, unknown.Count - start)));
        }
        var found = new Dictionary<string, TrackPage>();
        foreach (var id in spotifyIds)
        {
            if (_known.TryGetValue(id, out var page)) found[id] = page;
        }
        return found;
    }

    /// <summary>Asks Notion again for one ID, ignoring what is remembered: after a create whose outcome is unknown.</summary>
    public TrackPage? Lookup(string spotifyId)
    {
        _known.Remove(spotifyId);
        Query(new List<string> { spotifyId });
        return _known.TryGetValue(spotifyId, out var page) ? page : null;
    }

    /// <summary>Records a page the execution created or changed.</summary>
    public void Remember(TrackPage page) => _known[page.SpotifyId] = page;

    private void Query(List<string> ids)
    {
        foreach (var page in PagesOf(ids))
        {
            var track = TrackPageReader.Read(page.Id ?? "", page.Properties, _names);
            if (ids.Contains(track.SpotifyId) && !_known.ContainsKey(track.SpotifyId)) _known[track.SpotifyId] = track;
        }
    }

    /// <summary>Every page of the (at most 100) IDs, oldest first, as Notion has them now: duplicates included.</summary>
    public List<NotionPage> PagesOf(List<string> ids)
    {
        var conditions = new List<NotionFilter>();
        foreach (var id in ids) conditions.Add(new NotionFilter { Property = _names.SpotifyId, RichText = new NotionTextCondition { EqualTo = id } });
        var filter = new NotionFilter { Or = conditions };
        var sorts = new List<NotionSort> { new NotionSort { Timestamp = "created_time", Direction = "ascending" } };
        var pages = new List<NotionPage>();
        string? cursor = null;
        do
        {
            var result = _notion.QueryDataSource(_dataSourceId, filter, sorts, cursor, MaxIdsPerQuery);
            pages.AddRange(result.Results ?? new List<NotionPage>());
            cursor = result.HasMore == true ? result.NextCursor : null;
        }
        while (cursor is not null);
        return pages;
    }
}

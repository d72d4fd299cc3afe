using System;
using System.Collections.Generic;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Timing;
using SpotifySync.Core.Tracks;

namespace SpotifySync.Core.Sync.Tracks;

/// <summary>
/// The changes the sync makes to an existing page, each only when the value actually differs, and only to
/// sync-owned properties: what a person set elsewhere (Download Status, File Path, their own Playlists options) is
/// never in a change. Notion keeps dates to the minute, so times are compared to the minute.
/// </summary>
public sealed class TrackChanges
{
    private readonly TrackPropertyNames _names;

    public TrackChanges(TrackPropertyNames names)
    {
        _names = names;
    }

    /// <summary>Sets In Library when it is not already <paramref name="inLibrary"/>.</summary>
    public void InLibrary(Dictionary<string, NotionPropertyValue> changes, TrackPage page, bool inLibrary)
    {
        if (page.InLibrary != inLibrary) changes[_names.InLibrary] = NotionValues.Checkbox(inLibrary);
    }

    /// <summary>Fills Added At when it is empty; a date already there (the first like, or a person's) is kept.</summary>
    public void AddedAtIfEmpty(Dictionary<string, NotionPropertyValue> changes, TrackPage page, string? addedAt)
    {
        if (page.AddedAt is null && addedAt is not null) changes[_names.AddedAt] = NotionValues.Date(addedAt);
    }

    /// <summary>Adds the playlist to Playlists, keeping every option already there (a union, never a replacement).</summary>
    public void AddPlaylist(Dictionary<string, NotionPropertyValue> changes, TrackPage page, string playlistName)
    {
        var name = NotionText.OptionName(playlistName);
        if (name == "" || page.Playlists.Contains(name)) return;
        var names = new List<string>(page.Playlists);
        names.Add(name);
        changes[_names.Playlists] = NotionValues.MultiSelect(names);
    }

    /// <summary>
    /// Counts the plays (ISO 8601 times) that the page has not counted yet and, when there are any, sets Last Played
    /// to the newest and adds them to Play Count; returns how many. A play counts only when it falls in a minute after
    /// the page's Last Played: the page itself records what was counted, so a run killed after this update but
    /// before its cursor was saved sees those plays again and counts none of them twice. (The price, a second
    /// play of the same track within the same minute in a later run, is not counted.)
    /// </summary>
    public int Plays(Dictionary<string, NotionPropertyValue> changes, TrackPage page, List<string> playedAts)
    {
        var lastPlayed = IsoTime.Parse(page.LastPlayed);
        var countedFrom = lastPlayed is null ? (DateTime?)null : StartOfMinute(lastPlayed.Value).AddMinutes(1);
        var count = 0;
        DateTime? newest = null;
        string? newestText = null;
        foreach (var text in playedAts)
        {
            var playedAt = IsoTime.Parse(text);
            if (playedAt is null || (countedFrom is not null && playedAt.Value < countedFrom.Value)) continue;
            count++;
            if (newest is null || playedAt.Value > newest.Value)
            {
                newest = playedAt;
                newestText = text;
            }
        }
        if (count == 0 || newestText is null) return 0;
        changes[_names.LastPlayed] = NotionValues.Date(newestText);
        changes[_names.PlayCount] = NotionValues.Number((page.PlayCount ?? 0) + count);
        return count;
    }

    /// <summary>The time at the start of its minute.</summary>
    public static DateTime StartOfMinute(DateTime utc) => new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, DateTimeKind.Utc);
}

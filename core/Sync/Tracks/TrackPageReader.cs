using System.Collections.Generic;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Tracks;

namespace SpotifySync.Core.Sync.Tracks;

/// <summary>Reads the sync-owned values of a Tracks page by the configured property names.</summary>
public static class TrackPageReader
{
    public static TrackPage Read(string pageId, Dictionary<string, NotionPropertyValue>? properties, TrackPropertyNames names)
    {
        var values = properties ?? new Dictionary<string, NotionPropertyValue>();
        var playlists = new List<string>();
        foreach (var option in Value(values, names.Playlists)?.MultiSelect ?? new List<NotionSelectOption>())
        {
            if (option.Name is { } name) playlists.Add(name);
        }
        return new TrackPage
        {
            PageId = pageId,
            SpotifyId = NotionText.PlainText(Value(values, names.SpotifyId)?.RichText).Trim(),
            InLibrary = Value(values, names.InLibrary)?.Checkbox ?? false,
            AddedAt = Value(values, names.AddedAt)?.Date?.Start,
            LastPlayed = Value(values, names.LastPlayed)?.Date?.Start,
            PlayCount = Value(values, names.PlayCount)?.Number,
            Playlists = playlists,
        };
    }

    private static NotionPropertyValue? Value(Dictionary<string, NotionPropertyValue> values, string name) =>
        values.TryGetValue(name, out var value) ? value : null;
}

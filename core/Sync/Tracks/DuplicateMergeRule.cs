using System.Collections.Generic;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Timing;
using SpotifySync.Core.Tracks;

namespace SpotifySync.Core.Sync.Tracks;

/// <summary>
/// What the oldest of several pages of one track takes from the others before they go to the trash: nothing is
/// lost and nothing a person wrote is overwritten. Every property the oldest lacks (empty text, no number, no
/// option, no date, unchecked) gets the value of the oldest other page that has one; Play Count is the sum of
/// all pages' counts (each page counted its own plays) and Last Played the latest; Playlists joins every page's
/// options; In Library is checked when any page's is. The companion's download values go together: when the
/// oldest was not downloaded and another page was, that page's Download Status, Downloaded, File Path and
/// SoundCloud URL (those it has) replace the oldest's, so the track is not downloaded again. A cover the oldest lacks is copied.
/// Values of types the sync does not read (relations, people, files, formulas) stay on the pages in the trash.
/// </summary>
public static class DuplicateMergeRule
{
    /// <summary>The update of <paramref name="oldestFirst"/>[0] that takes in the others' values; no properties when it lacks none.</summary>
    public static NotionUpdatePageRequest Merge(List<NotionPage> oldestFirst, TrackPropertyNames names)
    {
        var survivor = oldestFirst[0];
        var others = oldestFirst.GetRange(1, oldestFirst.Count - 1);
        var mine = survivor.Properties ?? new Dictionary<string, NotionPropertyValue>();
        var update = new NotionUpdatePageRequest();
        var downloadGroup = new List<string> { names.DownloadStatus, names.Downloaded, names.FilePath, names.SoundCloudUrl };
        var downloaded = DownloadedPage(survivor, others, names);
        foreach (var name in PropertyNames(oldestFirst))
        {
            var current = Value(survivor, name);
            NotionPropertyValue? merged;
            if (name == names.PlayCount) merged = SumOfCounts(oldestFirst, name);
            else if (name == names.LastPlayed) merged = LatestDate(oldestFirst, name);
            else if (name == names.Playlists) merged = JoinedOptions(oldestFirst, name);
            else if (name == names.InLibrary) merged = AnyChecked(oldestFirst, name);
            else if (downloaded is not null && downloadGroup.Contains(name)) merged = IsEmpty(Value(downloaded, name)) ? null : Writable(Value(downloaded, name));
            else merged = IsEmpty(current) ? FirstValue(others, name) : null;
            if (merged is not null && !SameValue(current, merged)) update.Properties[name] = merged;
        }
        if (survivor.Cover is null)
        {
            foreach (var other in others)
            {
                if (other.Cover?.External?.Url is { } url)
                {
                    update.Cover = new NotionFileObject { Type = "external", External = new NotionExternalFile { Url = url } };
                    break;
                }
            }
        }
        return update;
    }

    /// <summary>The oldest other page that was downloaded, when the survivor was not.</summary>
    private static NotionPage? DownloadedPage(NotionPage survivor, List<NotionPage> others, TrackPropertyNames names)
    {
        if (Value(survivor, names.DownloadStatus)?.Select?.Name == DownloadStatuses.Downloaded) return null;
        foreach (var other in others)
        {
            if (Value(other, names.DownloadStatus)?.Select?.Name == DownloadStatuses.Downloaded) return other;
        }
        return null;
    }

    private static List<string> PropertyNames(List<NotionPage> pages)
    {
        var names = new List<string>();
        foreach (var page in pages)
        {
            foreach (var name in (page.Properties ?? new Dictionary<string, NotionPropertyValue>()).Keys)
            {
                if (!names.Contains(name)) names.Add(name);
            }
        }
        return names;
    }

    private static NotionPropertyValue? SumOfCounts(List<NotionPage> pages, string name)
    {
        long? sum = null;
        foreach (var page in pages)
        {
            if (Value(page, name)?.Number is { } count) sum = (sum ?? 0) + count;
        }
        return sum is { } total ? NotionValues.Number(total) : null;
    }

    private static NotionPropertyValue? LatestDate(List<NotionPage> pages, string name)
    {
        string? latest = null;
        foreach (var page in pages)
        {
            var start = Value(page, name)?.Date?.Start;
            if (IsoTime.Parse(start) is { } time && (IsoTime.Parse(latest) is not { } newest || time > newest)) latest = start;
        }
        return latest is null ? null : NotionValues.Date(latest);
    }

    private static NotionPropertyValue? JoinedOptions(List<NotionPage> pages, string name)
    {
        var joined = new List<string>();
        foreach (var page in pages)
        {
            foreach (var option in Value(page, name)?.MultiSelect ?? new List<NotionSelectOption>())
            {
                if (option.Name is { } optionName && !joined.Contains(optionName)) joined.Add(optionName);
            }
        }
        return joined.Count == 0 ? null : NotionValues.MultiSelect(joined);
    }

    private static NotionPropertyValue? AnyChecked(List<NotionPage> pages, string name)
    {
        foreach (var page in pages)
        {
            if (Value(page, name)?.Checkbox == true) return NotionValues.Checkbox(true);
        }
        return null;
    }

    private static NotionPropertyValue? FirstValue(List<NotionPage> pages, string name)
    {
        foreach (var page in pages)
        {
            var value = Value(page, name);
            if (!IsEmpty(value) && Writable(value) is { } writable) return writable;
        }
        return null;
    }

    /// <summary>Whether a page lacks the value: no value, or one with nothing in it.</summary>
    public static bool IsEmpty(NotionPropertyValue? value)
    {
        if (value is null) return true;
        switch (value.Type)
        {
            case "title": return NotionText.PlainText(value.Title).Trim() == "";
            case "rich_text": return NotionText.PlainText(value.RichText).Trim() == "";
            case "number": return value.Number is null;
            case "url": return string.IsNullOrEmpty(value.Url);
            case "checkbox": return value.Checkbox != true;
            case "select": return value.Select?.Name is null;
            case "multi_select": return value.MultiSelect is null || value.MultiSelect.Count == 0;
            case "date": return value.Date?.Start is null;
            default: return false;
        }
    }

    /// <summary>The value as a write sends it (by type, options by name); null for a type the sync does not write.</summary>
    private static NotionPropertyValue? Writable(NotionPropertyValue? value)
    {
        if (value is null) return null;
        switch (value.Type)
        {
            case "title": return NotionValues.Title(NotionText.PlainText(value.Title));
            case "rich_text": return NotionValues.RichText(NotionText.PlainText(value.RichText));
            case "number": return value.Number is { } number ? NotionValues.Number(number) : null;
            case "url": return value.Url is { } url ? NotionValues.Url(url) : null;
            case "checkbox": return NotionValues.Checkbox(value.Checkbox == true);
            case "select": return value.Select?.Name is { } option ? NotionValues.Select(option) : null;
            case "multi_select":
                var options = new List<string>();
                foreach (var item in value.MultiSelect ?? new List<NotionSelectOption>())
                {
                    if (item.Name is { } name) options.Add(name);
                }
                return NotionValues.MultiSelect(options);
            case "date": return value.Date?.Start is { } start ? new NotionPropertyValue { Date = new NotionDateValue { Start = start, End = value.Date.End } } : null;
            default: return null;
        }
    }

    /// <summary>Whether writing <paramref name="merged"/> would change nothing.</summary>
    private static bool SameValue(NotionPropertyValue? current, NotionPropertyValue merged)
    {
        if (current is null) return false;
        if (merged.Number is not null) return current.Number == merged.Number;
        if (merged.Checkbox is not null) return (current.Checkbox == true) == merged.Checkbox;
        if (merged.Date is not null) return current.Date?.Start == merged.Date.Start;
        if (merged.MultiSelect is not null)
        {
            var names = new List<string>();
            foreach (var option in current.MultiSelect ?? new List<NotionSelectOption>())
            {
                if (option.Name is { } name) names.Add(name);
            }
            if (names.Count != merged.MultiSelect.Count) return false;
            for (var i = 0; i < names.Count; i++)
            {
                if (names[i] != merged.MultiSelect[i].Name) return false;
            }
            return true;
        }
        if (merged.Select is not null) return current.Select?.Name == merged.Select.Name;
        if (merged.Url is not null) return current.Url == merged.Url;
        if (merged.Title is not null) return NotionText.PlainText(current.Title) == NotionText.PlainText(merged.Title);
        if (merged.RichText is not null) return NotionText.PlainText(current.RichText) == NotionText.PlainText(merged.RichText);
        return IsEmpty(current);
    }

    private static NotionPropertyValue? Value(NotionPage page, string name) =>
        page.Properties is { } properties && properties.TryGetValue(name, out var value) ? value : null;
}

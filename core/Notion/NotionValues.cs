using System.Collections.Generic;
using SpotifySync.Core.Notion.Model;

namespace SpotifySync.Core.Notion;

/// <summary>Property values to write, one builder per type, with Notion's text limits applied.</summary>
public static class NotionValues
{
    public static NotionPropertyValue Title(string text) => new NotionPropertyValue { Title = NotionText.RichText(text) };

    public static NotionPropertyValue RichText(string text) => new NotionPropertyValue { RichText = NotionText.RichText(text) };

    public static NotionPropertyValue Url(string url) => new NotionPropertyValue { Url = url };

    public static NotionPropertyValue Number(long number) => new NotionPropertyValue { Number = number };

    public static NotionPropertyValue Checkbox(bool isChecked) => new NotionPropertyValue { Checkbox = isChecked };

    /// <summary>A select value by option name, cleaned by <see cref="NotionText.OptionName"/>.</summary>
    public static NotionPropertyValue Select(string name) => new NotionPropertyValue { Select = new NotionSelectOption { Name = NotionText.OptionName(name) } };

    /// <summary>A multi_select value of the names, cleaned, without empty or repeated names (an array replaces the old value whole).</summary>
    public static NotionPropertyValue MultiSelect(List<string> names)
    {
        var options = new List<NotionSelectOption>();
        var seen = new HashSet<string>();
        foreach (var name in names)
        {
            var clean = NotionText.OptionName(name);
            if (clean != "" && seen.Add(clean)) options.Add(new NotionSelectOption { Name = clean });
        }
        return new NotionPropertyValue { MultiSelect = options };
    }

    /// <summary>A date value starting at an ISO 8601 date or date-time.</summary>
    public static NotionPropertyValue Date(string start) => new NotionPropertyValue { Date = new NotionDateValue { Start = start } };
}

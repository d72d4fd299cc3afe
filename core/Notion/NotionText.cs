using System.Collections.Generic;
using SpotifySync.Core.Notion.Model;

namespace SpotifySync.Core.Notion;

/// <summary>
/// Text within Notion's limits: rich-text content of at most 2000 UTF-16 units, and select option names of at most
/// 100 characters without commas, cut without splitting a surrogate pair (an emoji stays whole or goes).
/// </summary>
public static class NotionText
{
    public const int MaxRichTextLength = 2000;

    public const int MaxOptionNameLength = 100;

    /// <summary>The text cut to at most <paramref name="maxLength"/> UTF-16 units, never between the two halves of a surrogate pair.</summary>
    public static string Cut(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var end = maxLength;
        if (end > 0 && char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end])) end--;
        return text.Substring(0, end);
    }

    /// <summary>
    /// An option name Notion accepts: each comma (Notion's separator in the UI, refused in names) becomes a space,
    /// runs of spaces one space, trimmed and cut to <see cref="MaxOptionNameLength"/>. Empty when nothing is left.
    /// </summary>
    public static string OptionName(string name)
    {
        var spaced = name.Replace(',', ' ');
        while (spaced.Contains("  ")) spaced = spaced.Replace("  ", " ");
        return Cut(spaced.Trim(), MaxOptionNameLength).Trim();
    }

    /// <summary>Rich text of one text item holding the text, cut to <see cref="MaxRichTextLength"/>; empty text gives no item.</summary>
    public static List<NotionRichText> RichText(string text)
    {
        var items = new List<NotionRichText>();
        if (text != "") items.Add(new NotionRichText { Type = "text", Text = new NotionTextContent { Content = Cut(text, MaxRichTextLength) } });
        return items;
    }

    /// <summary>The plain text of rich text read from Notion (its items' <c>plain_text</c>, else their content).</summary>
    public static string PlainText(List<NotionRichText>? items)
    {
        var text = "";
        foreach (var item in items ?? new List<NotionRichText>()) text += item.PlainText ?? item.Text?.Content ?? "";
        return text;
    }
}

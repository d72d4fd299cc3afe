using System;

namespace SpotifySync.Core.Notion;

/// <summary>Notion ids as people paste them: dashed or not, or inside a page URL.</summary>
public static class NotionIds
{
    private const string HexDigits = "0123456789abcdef";

    /// <summary>
    /// The id in the text in its dashed form (<c>248104cd-477e-80fd-b757-e945d38000bd</c>): the last 32 hex digits of
    /// the text before any <c>?</c> (a URL's <c>?v=</c> names a view, not the database), dashes ignored.
    /// </summary>
    /// <exception cref="ArgumentException">The text holds no 32-hex-digit id; the message names <paramref name="setting"/>.</exception>
    public static string Normalize(string text, string setting)
    {
        var question = text.IndexOf('?');
        var path = (question >= 0 ? text.Substring(0, question) : text).Trim().TrimEnd('/').ToLowerInvariant();
        var hex = "";
        for (var i = path.Length - 1; i >= 0 && hex.Length < 32; i--)
        {
            var c = path[i];
            if (HexDigits.IndexOf(c) >= 0) hex = c + hex;
            else if (c != '-') break;
        }
        if (hex.Length != 32)
        {
            throw new ArgumentException($"{setting} '{text}' holds no Notion id: copy the database's link (Share → Copy link) or its 32-character id into the script property {setting}.");
        }
        return $"{hex.Substring(0, 8)}-{hex.Substring(8, 4)}-{hex.Substring(12, 4)}-{hex.Substring(16, 4)}-{hex.Substring(20)}";
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http.Headers;
using System.Text;
using AppsScript.Emulator.Services.Utilities;

namespace AppsScript.Emulator.Services.UrlFetch;

/// <summary>A received response: status, headers in the order received, body.</summary>
internal sealed record FetchResponse(int StatusCode, IReadOnlyList<KeyValuePair<string, string[]>> Headers, byte[] Body)
{
    private const int TruncatedLength = 250;

    public string? Header(string name) =>
        Headers.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    /// <summary>The body as text in <paramref name="charset"/>, else the charset the Content-Type names, else UTF-8.</summary>
    public string Text(string? charset = null)
    {
        var declared = charset;
        if (declared is null && Header("Content-Type") is { } contentType && MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            declared = media.CharSet;
        }
        return Charsets.Find(declared).GetString(Body);
    }

    /// <summary>
    /// Apps Script's error for a failed request when <c>muteHttpExceptions</c> is off: the address's origin,
    /// the code, and the start of the body.
    /// </summary>
    public AppsScriptException Failure(string url)
    {
        var uri = new Uri(url);
        var text = Text();
        var truncated = text.Length > TruncatedLength ? text[..TruncatedLength] + "..." : text;
        return new AppsScriptException(
            $"Request failed for {uri.GetLeftPart(UriPartial.Authority)} returned code {StatusCode}. Truncated server response: {truncated} (use muteHttpExceptions option to examine full response)");
    }
}

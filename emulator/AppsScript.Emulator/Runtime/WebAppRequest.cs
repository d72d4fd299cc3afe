using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AppsScript.Emulator.Runtime;

/// <summary>An HTTP request to the web app's <c>/exec</c> URL, from which the emulator builds <c>doGet</c>/<c>doPost</c>'s event object.</summary>
/// <param name="QueryString">The query without <c>?</c> (<c>"a=1&amp;b=2"</c>), or null.</param>
/// <param name="PathInfo">The path after <c>/exec/</c>, or null.</param>
/// <param name="Body">A POST's body, or null.</param>
/// <param name="ContentType">A POST's <c>Content-Type</c>.</param>
public sealed record WebAppRequest(string? QueryString = null, string? PathInfo = null, string? Body = null, string? ContentType = null)
{
    public static WebAppRequest Get(string? queryString = null, string? pathInfo = null) => new(queryString, pathInfo);

    public static WebAppRequest Post(string body, string contentType, string? queryString = null, string? pathInfo = null) =>
        new(queryString, pathInfo, body, contentType);

    /// <summary>
    /// The request's parameters in order: the query's, then, for a form-encoded POST, the body's fields,
    /// as Apps Script merges them into <c>e.parameter</c>/<c>e.parameters</c>.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters()
    {
        var parameters = ParseForm(QueryString).ToList();
        var mediaType = ContentType?.Split(';')[0].Trim();
        if (Body is not null && string.Equals(mediaType, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            parameters.AddRange(ParseForm(Body));
        }
        return parameters;
    }

    public int ContentLength => Body is null ? -1 : Encoding.UTF8.GetByteCount(Body);

    internal static IEnumerable<KeyValuePair<string, string>> ParseForm(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var key = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? "" : pair[(equals + 1)..];
            yield return new(Decode(key), Decode(value));
        }
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}

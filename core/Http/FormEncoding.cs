using System;
using System.Collections.Generic;

namespace SpotifySync.Core.Http;

/// <summary><c>application/x-www-form-urlencoded</c> text, for query strings and the token endpoint's bodies.</summary>
public static class FormEncoding
{
    /// <summary><c>name=value&amp;...</c> in the dictionary's order, each part percent-encoded (a space as <c>%20</c>).</summary>
    public static string Encode(Dictionary<string, string> fields)
    {
        var parts = new List<string>();
        foreach (var field in fields) parts.Add($"{Uri.EscapeDataString(field.Key)}={Uri.EscapeDataString(field.Value)}");
        return string.Join("&", parts);
    }
}

using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;

namespace SpotifySync.Sandbox.Spotify.WebApi;

/// <summary>Reads query parameters as the Web API does, answering a bad value with its 400 error.</summary>
internal static class Query
{
    /// <summary><c>limit</c> from 1 to <paramref name="max"/>; anything else is "Invalid limit".</summary>
    public static int Limit(HttpRequest request, int max, int fallback = 20) => Integer(request, "limit", 1, max, fallback, "Invalid limit");

    public static int Offset(HttpRequest request, int max = int.MaxValue) => Integer(request, "offset", 0, max, 0, "Invalid offset");

    /// <summary>An ISO 3166-1 alpha-2 code or <c>from_token</c>; null when absent.</summary>
    public static string? Market(HttpRequest request)
    {
        if (!request.Query.TryGetValue("market", out var values)) return null;
        var market = values.ToString();
        var valid = market == "from_token" || (market.Length == 2 && market.All(char.IsAsciiLetterUpper));
        return valid ? market : throw new SpotifyErrorException(SpotifyError.BadRequest("Invalid market code"));
    }

    /// <summary>A Unix time in milliseconds; null when absent.</summary>
    public static long? Milliseconds(HttpRequest request, string name)
    {
        if (!request.Query.TryGetValue(name, out var values)) return null;
        return long.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SpotifyErrorException(SpotifyError.BadRequest($"Invalid value for '{name}'"));
    }

    /// <summary>The other parameters, in request order, as they go after <c>offset</c> and <c>limit</c> in paging links (commas left readable, as Spotify writes them).</summary>
    public static string Passthrough(HttpRequest request, params string[] names) =>
        string.Join("&", request.Query.Where(p => names.Contains(p.Key))
            .Select(p => $"{p.Key}={System.Uri.EscapeDataString(p.Value.ToString()).Replace("%2C", ",", System.StringComparison.Ordinal)}"));

    private static int Integer(HttpRequest request, string name, int min, int max, int fallback, string message)
    {
        if (!request.Query.TryGetValue(name, out var values)) return fallback;
        return int.TryParse(values.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new SpotifyErrorException(SpotifyError.BadRequest(message));
    }
}

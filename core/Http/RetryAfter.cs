using SpotifySync.Core.Ports;

namespace SpotifySync.Core.Http;

/// <summary>The <c>Retry-After</c> header of a 429 or 529, which Spotify and Notion both send as whole seconds.</summary>
public static class RetryAfter
{
    /// <summary>The seconds to wait, or null when the header is missing or not a number of seconds.</summary>
    public static int? Seconds(HttpResult result)
    {
        if (!result.Headers.TryGetValue("retry-after", out var value)) return null;
        return int.TryParse(value.Trim(), out var seconds) && seconds >= 0 ? seconds : null;
    }
}

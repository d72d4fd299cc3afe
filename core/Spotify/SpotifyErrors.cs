using System;
using Newtonsoft.Json;
using SpotifySync.Core.Http;
using SpotifySync.Core.Ports;
using SpotifySync.Core.Spotify.Model;

namespace SpotifySync.Core.Spotify;

/// <summary>Turns a failed Spotify response into a <see cref="SpotifyApiException"/> with Spotify's message and reason.</summary>
public static class SpotifyErrors
{
    public static SpotifyApiException FromResult(HttpResult result)
    {
        var detail = Detail(result.Body);
        var message = detail?.Message ?? Excerpt(result.Body);
        return new SpotifyApiException(result.Status, message, detail?.Reason, RetryAfter.Seconds(result));
    }

    /// <summary>The nested <c>error</c> of the body, or null when the body is not Spotify's error JSON (an HTML error page).</summary>
    public static SpotifyErrorDetail? Detail(string body)
    {
        try
        {
            return JsonConvert.DeserializeObject<SpotifyErrorBody>(body)?.Error;
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static string Excerpt(string body)
    {
        var text = body.Trim();
        if (text == "") return "(no body)";
        return text.Length <= 200 ? text : text.Substring(0, 200) + "...";
    }
}

using System;

namespace SpotifySync.Core.Spotify;

/// <summary>
/// A Spotify Web API or token endpoint answer that is not a success: its status, message, the <c>reason</c> Spotify
/// gives (<c>QUOTA_EXCEEDED</c> tells the daily quota from the 30-second rate limit) and the <c>Retry-After</c> seconds.
/// </summary>
public class SpotifyApiException : Exception
{
    public SpotifyApiException(int status, string message, string? reason, int? retryAfterSeconds)
        : base($"Spotify answered {status}: {message}")
    {
        Status = status;
        SpotifyMessage = message;
        Reason = reason;
        RetryAfterSeconds = retryAfterSeconds;
    }

    public int Status { get; }

    /// <summary>Spotify's own message, such as <c>Missing/invalid/expired access token</c>.</summary>
    public string SpotifyMessage { get; }

    /// <summary>Spotify's <c>reason</c> (<see cref="SpotifyReasons.QuotaExceeded"/>), or null.</summary>
    public string? Reason { get; }

    public int? RetryAfterSeconds { get; }
}

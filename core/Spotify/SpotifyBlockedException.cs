using System;

namespace SpotifySync.Core.Spotify;

/// <summary>
/// Spotify answered 429 with a Retry-After longer than the run can wait: no call may be made before
/// <see cref="BlockedUntil"/>, which the sync records so that later runs skip until then.
/// </summary>
public sealed class SpotifyBlockedException : SpotifyApiException
{
    public SpotifyBlockedException(string message, string? reason, int retryAfterSeconds, DateTime blockedUntil)
        : base(429, message, reason, retryAfterSeconds)
    {
        BlockedUntil = blockedUntil;
    }

    /// <summary>The earliest time, UTC, Spotify accepts calls again.</summary>
    public DateTime BlockedUntil { get; }
}

namespace SpotifySync.Core.Spotify;

/// <summary>The <c>reason</c> values of Spotify's errors that the sync acts on.</summary>
public static class SpotifyReasons
{
    /// <summary>The development-mode quota of the developer account is spent: Retry-After can be hours.</summary>
    public const string QuotaExceeded = "QUOTA_EXCEEDED";
}

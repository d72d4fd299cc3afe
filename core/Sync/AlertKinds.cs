namespace SpotifySync.Core.Sync;

/// <summary>The kinds of alert, each mailed at most once a day.</summary>
public static class AlertKinds
{
    public const string Reauthorize = "reauthorize";
    public const string RefreshTokenExpiring = "refresh-token-expiring";
    public const string RepeatedFailures = "repeated-failures";
    public const string Blocked = "blocked";
}

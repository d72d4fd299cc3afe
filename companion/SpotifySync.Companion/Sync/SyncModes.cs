namespace SpotifySync.Companion.Sync;

/// <summary>The modes of <c>spotify-sync sync --mode</c>.</summary>
public static class SyncModes
{
    /// <summary>The cron job every 5 minutes: download the Pending tracks.</summary>
    public const string Incremental = "incremental";

    /// <summary>
    /// The nightly run: also retry Failed downloads whose pause is over and check that downloaded files still exist;
    /// and, once <see cref="ILibrarySync"/> is wired, the full Spotify → Notion sync first.
    /// </summary>
    public const string Full = "full";

    public static bool IsValid(string mode) => mode is Incremental or Full;
}

namespace SpotifySync.Companion.Sync;

/// <summary>The modes of <c>spotify-sync sync --mode</c>.</summary>
public static class SyncModes
{
    /// <summary>The cron job every 5 minutes: download the Pending tracks.</summary>
    public const string Incremental = "incremental";

    /// <summary>
    /// The nightly run: the full Spotify → Notion sync first (<see cref="ILibrarySync"/>, with Spotify credentials), then
    /// also retry Failed downloads whose pause is over and check that downloaded files still exist.
    /// </summary>
    public const string Full = "full";

    public static bool IsValid(string mode) => mode is Incremental or Full;
}

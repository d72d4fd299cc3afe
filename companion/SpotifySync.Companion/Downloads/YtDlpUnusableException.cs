using System;

namespace SpotifySync.Companion.Downloads;

/// <summary>yt-dlp cannot be run, or is too old for the options the companion gives it; the message says how to get one that works.</summary>
public sealed class YtDlpUnusableException : Exception
{
    private YtDlpUnusableException(string message)
        : base(message)
    {
    }

    public static YtDlpUnusableException CannotRun(string program, string reason) =>
        new($"yt-dlp ({program}) cannot be run: {reason}. Install it with `sudo apt-get install yt-dlp` (Debian, Ubuntu) or `pipx install yt-dlp`, or set SPOTIFY_SYNC_YTDLP to its path.");

    public static YtDlpUnusableException TooOld(string program, string version) =>
        new($"yt-dlp ({program}) is version {version}, older than {YtDlpVersions.Oldest}, the oldest that runs the download as the companion asks " +
            $"({YtDlpVersions.OldestBecause}); no track was downloaded. Update it with `pipx upgrade yt-dlp`, or `sudo apt-get install yt-dlp` " +
            "(Debian 12 has 2023.03.04), or set SPOTIFY_SYNC_YTDLP to a newer one.");
}

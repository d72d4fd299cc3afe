using System;

namespace SpotifySync.Companion.Downloads;

/// <summary>yt-dlp cannot be run; the message says how to install it.</summary>
public sealed class YtDlpMissingException(string program, string reason)
    : Exception($"yt-dlp ({program}) cannot be run: {reason}. Install it with `sudo apt-get install yt-dlp` (Debian, Ubuntu) or `pipx install yt-dlp`, or set SPOTIFY_SYNC_YTDLP to its path.");

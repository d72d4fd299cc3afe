using System;

namespace SpotifySync.Companion.Downloads;

/// <summary>A yt-dlp run that failed or took too long; the message is what yt-dlp said.</summary>
public sealed class YtDlpException(string message) : Exception(message);

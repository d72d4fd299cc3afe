namespace SpotifySync.Companion.Downloads;

/// <summary>One result of <c>yt-dlp -J</c>: a search entry, or the track a URL names.</summary>
public sealed record YtDlpCandidate(string Id, string Title, string? Uploader, double? DurationSeconds, string Url);

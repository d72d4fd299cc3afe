using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SpotifySync.Companion.Downloads;

/// <summary>
/// Picks the search result that is the track: most of the title's words (without Spotify's "(feat. …)" and
/// "- Remastered" additions) must appear in the candidate's title or
/// uploader, and its length must be within <see cref="DurationTolerance"/> of the track's (a longer "extended mix"
/// or a one-minute preview is not the track). Among those, the one with the most title and artist words, then the
/// closest length, wins.
/// </summary>
public static class TrackMatcher
{
    /// <summary>The share of the title's words a candidate must contain.</summary>
    public const double MinimumTitleCoverage = 0.75;

    /// <summary>Length difference allowed: 10 seconds, or 5 % for long tracks.</summary>
    public static double DurationTolerance(double trackSeconds) => Math.Max(10, trackSeconds * 0.05);

    // Words uploaders often leave out.
    private static readonly HashSet<string> Ignored = ["feat", "ft", "featuring", "the", "a", "and"];

    // What Spotify adds to a title that uploads rarely carry: "(feat. X)", "[with X]", " - Remastered 2011".
    private static readonly Regex SpotifyDecorations = new(@"\s*[\(\[](feat\.?|ft\.?|featuring|with)\s[^\)\]]*[\)\]]|\s+-\s+[^-]*\bremaster(ed)?\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static YtDlpCandidate? Best(PendingTrack track, IReadOnlyList<YtDlpCandidate> candidates)
    {
        var titleWords = Words(SpotifyDecorations.Replace(track.Title, ""));
        var artistWords = Words(track.Artist);
        if (titleWords.Count == 0) return null;
        return candidates
            .Select(candidate =>
            {
                var words = Words(candidate.Title + " " + candidate.Uploader);
                var titleCoverage = Coverage(titleWords, words);
                var artistCoverage = artistWords.Count == 0 ? 0 : Coverage(artistWords, words);
                double? difference = track.DurationSeconds is { } expected && candidate.DurationSeconds is { } actual ? Math.Abs(actual - expected) : null;
                return (Candidate: candidate, TitleCoverage: titleCoverage, Score: titleCoverage + 0.5 * artistCoverage, Difference: difference);
            })
            .Where(c => c.TitleCoverage >= MinimumTitleCoverage && (c.Difference is null || c.Difference <= DurationTolerance(track.DurationSeconds!.Value)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Difference ?? double.MaxValue)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    /// <summary>The yt-dlp search for a track without a SoundCloud URL: five SoundCloud results for its artist and title.</summary>
    public static string SearchQuery(PendingTrack track) => $"scsearch5:{track.Artist} {SpotifyDecorations.Replace(track.Title, "")}".Trim();

    private static double Coverage(HashSet<string> wanted, HashSet<string> found) => (double)wanted.Count(found.Contains) / wanted.Count;

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Ignored.Contains(word)) words.Add(word);
        }
        return words;
    }
}

using System.Text.RegularExpressions;

namespace SpotifySync.Companion.Downloads;

/// <summary>
/// Which yt-dlp versions the companion works with. yt-dlp names its releases by date (2023.03.04; a fix release adds
/// .1, a nightly build .HHMMSS), so a version is compared by the date it begins with, whose digits sort as the dates do.
/// </summary>
public static partial class YtDlpVersions
{
    /// <summary>
    /// The oldest release that downloads as the companion asks: <c>--print after_move:filepath</c> came in 2022.01.21,
    /// whose <c>--print</c> at that stage fails on a track without thumbnails (SoundCloud's have them, other sites'
    /// often not); 2022.02.03 prints it. Every other option is older (<c>-P temp:</c> 2021.01.24, <c>--parse-metadata</c>
    /// into <c>meta_</c> fields 2021.04.03, <c>--no-simulate</c> 2021.08.10). The companion's download was run with it
    /// by hand (companion/README.md, "yt-dlp versions").
    /// </summary>
    public const string Oldest = "2022.02.03";

    /// <summary>Why <see cref="Oldest"/> is the oldest, in words for the message that refuses an older one.</summary>
    public const string OldestBecause = "--print after_move:filepath, which gives the companion the saved file's path, came in 2022.01.21 and works from 2022.02.03";

    /// <summary>True when <paramref name="version"/> (what <c>yt-dlp --version</c> printed) is a release older than <see cref="Oldest"/>; a version that is no date (a build of one's own) is let run.</summary>
    public static bool IsTooOld(string version) =>
        ReleaseDate().Match(version) is { Success: true } match && string.CompareOrdinal(match.Value, Oldest) < 0;

    [GeneratedRegex(@"^\d{4}\.\d{2}\.\d{2}")]
    private static partial Regex ReleaseDate();
}

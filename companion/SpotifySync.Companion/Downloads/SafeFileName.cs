using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SpotifySync.Companion.Downloads;

/// <summary>
/// A file name the file systems the companion runs on accept: at most <see cref="MaxBytes"/> bytes of UTF-8, with no
/// path separator and no control character. The limit is in bytes, not characters (Linux's NAME_MAX on ext4, btrfs
/// and XFS, and APFS's): a Cyrillic or Arabic letter takes two bytes and a CJK character or an emoji three or four, so
/// a title of 140 characters can be too long. 255 bytes are also at most 255 UTF-16 units, HFS+'s limit.
/// </summary>
public static class SafeFileName
{
    public const int MaxBytes = 255;

    /// <summary>
    /// <paramref name="stem"/> followed by <paramref name="suffix"/> (such as <c>" [id].mp3"</c>), the stem cut at a
    /// whole character (a letter with its accents, an emoji with its modifiers) so that the name fits; the suffix is
    /// kept whole, as yt-dlp keeps the id and the extension when it trims a name. A <c>/</c> in the stem becomes
    /// <c>⧸</c>, as yt-dlp writes it, and control characters become spaces.
    /// </summary>
    /// <exception cref="ArgumentException">The suffix itself is not a safe name's end, or leaves no room for a stem.</exception>
    public static string Of(string stem, string suffix)
    {
        if (suffix.Any(c => c == '/' || char.IsControl(c))) throw new ArgumentException($"The suffix \"{suffix}\" holds a path separator or a control character.", nameof(suffix));
        var budget = MaxBytes - Encoding.UTF8.GetByteCount(suffix);
        if (budget <= 0) throw new ArgumentException($"The suffix \"{suffix}\" alone takes {MaxBytes - budget} bytes; a file name has {MaxBytes}.", nameof(suffix));
        var clean = new string(stem.Select(c => c == '/' ? '⧸' : char.IsControl(c) ? ' ' : c).ToArray());
        if (Encoding.UTF8.GetByteCount(clean) <= budget) return clean + suffix;
        var length = 0;
        var bytes = 0;
        while (length < clean.Length)
        {
            var element = StringInfo.GetNextTextElementLength(clean, length);
            var size = Encoding.UTF8.GetByteCount(clean.AsSpan(length, element));
            if (bytes + size > budget) break;
            bytes += size;
            length += element;
        }
        return clean[..length].TrimEnd() + suffix;
    }
}

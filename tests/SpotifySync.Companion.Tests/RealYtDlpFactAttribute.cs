using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// A test that runs the real yt-dlp, ffmpeg and ffprobe: skipped, saying why, where they are missing, unless
/// <see cref="RealPrograms.RequiredVariable"/> requires them (CI), where it runs and fails saying what is missing.
/// </summary>
public sealed class RealYtDlpFactAttribute : FactAttribute
{
    public RealYtDlpFactAttribute()
    {
        Skip = RealPrograms.SkipReason;
    }
}

/// <summary>The same as <see cref="RealYtDlpFactAttribute"/>, for a theory.</summary>
public sealed class RealYtDlpTheoryAttribute : TheoryAttribute
{
    public RealYtDlpTheoryAttribute()
    {
        Skip = RealPrograms.SkipReason;
    }
}

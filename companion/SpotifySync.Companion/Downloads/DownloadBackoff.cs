using System;

namespace SpotifySync.Companion.Downloads;

/// <summary>When a full run may try a Failed download again: 15 minutes after the first failure, doubling, at most a day.</summary>
public static class DownloadBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    public static TimeSpan After(int attempts) =>
        TimeSpan.FromTicks(Math.Min(Longest.Ticks, First.Ticks * (1L << Math.Clamp(attempts - 1, 0, 20))));
}

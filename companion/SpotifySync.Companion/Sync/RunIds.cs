using System;
using System.Globalization;

namespace SpotifySync.Companion.Sync;

/// <summary>Run ids that sort by start time and stay unique across processes: <c>20261124T101500Z-1a2b3c4d</c>.</summary>
public static class RunIds
{
    public static string New(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
}

using System;
using AppsScript.Interop;

public enum SyncMode { Incremental, Full, Manual }

[GlobalFunctions]
public static class Code
{
    private const int DefaultInterval = 5;
    private static readonly int[] AllowedIntervals = { 1, 5, 10, 15, 30 };

    /// <summary>Syncs saved tracks; the 5-minute trigger's handler.</summary>
    public static string SyncSpotifyToNotion() => Describe(SyncMode.Incremental, DefaultInterval);

    /// <summary>Checks an interval before a trigger is installed.</summary>
    public static bool IsAllowedInterval(int minutes = DefaultInterval) => Array.IndexOf(AllowedIntervals, minutes) >= 0;

    [Name("doGet")]
    public static string HandleGet(string? path = null) => path ?? "status";

    private static string Describe(SyncMode mode, int minutes) => $"{mode} every {minutes} minutes";
}

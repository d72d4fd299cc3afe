namespace SpotifySync.Core.Sync.State;

/// <summary>The phases of <see cref="FullSyncState.Phase"/>.</summary>
public static class FullSyncPhases
{
    public const string Walk = "walk";
    public const string Sweep = "sweep";
    public const string Done = "done";
}

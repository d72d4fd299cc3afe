namespace SpotifySync.Companion.Sync;

/// <summary>A run to make: its mode (<see cref="SyncModes"/>) and what asked for it (cron, trigger-sync, webhook).</summary>
public sealed record SyncRequest(string RunId, string Mode, string Trigger);

namespace SpotifySync.Companion.Server.Requests;

/// <summary>The body of <c>POST /gas/trigger-sync</c>: <c>{"mode"?: "incremental" | "full"}</c>.</summary>
public sealed record TriggerSyncRequest
{
    /// <summary>The run's mode; by default the Sync Mode switch's (a full run when it says full, else incremental).</summary>
    public string? Mode { get; init; }
}

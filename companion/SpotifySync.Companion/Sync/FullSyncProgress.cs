using System;
using Newtonsoft.Json;
using Serilog;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync.State;

namespace SpotifySync.Companion.Sync;

/// <summary>
/// The full sync's progress, read from the cursor the core saves after each batch is in Notion
/// (<see cref="StateKeys.FullSync"/>): one line per batch with the phase, the offset of the total and the pages
/// created and updated, in the log and, for a run from the command line, on the terminal.
/// </summary>
public sealed class FullSyncProgress(ILogger log, Action<string>? terminal)
{
    private string? _last;

    /// <summary>Takes every value the core writes to its store; reports the cursor's changes.</summary>
    public void Observe(string key, string value)
    {
        if (key != StateKeys.FullSync || value == _last) return;
        _last = value;
        var state = JsonConvert.DeserializeObject<FullSyncState>(value);
        if (state is null) return;
        var line = Line(state);
        log.Information("Spotify → Notion: {Progress}", line);
        terminal?.Invoke($"  Spotify → Notion: {line}");
    }

    public static string Line(FullSyncState state)
    {
        var where = state.Phase switch
        {
            FullSyncPhases.Walk when state.Total is null => "walk, starting from the newest liked track",
            FullSyncPhases.Walk => $"walk, {state.Offset ?? 0} of {state.Total} liked tracks",
            FullSyncPhases.Sweep => "sweep, unchecking In Library where a track is no longer liked",
            _ => state.Phase ?? FullSyncPhases.Walk,
        };
        return $"{where}; {state.Created ?? 0} created, {state.Updated ?? 0} updated";
    }
}

using System;
using System.Text.Json;
using SpotifySync.Companion.Json;

namespace SpotifySync.Companion.State;

/// <summary>
/// The state file (<see cref="CompanionState"/>), a <see cref="JsonStateFile{T}"/>: read without a lock, changed under
/// a guard so that the cron job and the server, each changing its own part, never lose the other's, and set aside when
/// something else damaged it.
/// </summary>
public sealed class StateStore(string path)
{
    /// <summary>
    /// Indented, for people who look; with nullable annotations respected, so that a file whose lists or objects are
    /// null reads as damaged instead of failing whatever uses them later.
    /// </summary>
    public static readonly JsonSerializerOptions Json = new(CompanionJson.Indented) { RespectNullableAnnotations = true };

    private readonly JsonStateFile<CompanionState> _file = new(path, Json, "The state file",
        "the last runs, the download attempts (Failed tracks may be tried again sooner) and the webhook events are forgotten, " +
        "and the switches set with POST /gas/config are back to Sync Enabled and incremental until the configuration row (CONFIG_DB_ID) or a request sets them again.");

    public string Path => _file.Path;

    public CompanionState Read() => _file.Read();

    /// <summary>Reads the state, lets <paramref name="change"/> change it, and writes it back, as one step among processes.</summary>
    public T Update<T>(Func<CompanionState, T> change) => _file.Update(change);

    public void Update(Action<CompanionState> change) => Update(state =>
    {
        change(state);
        return true;
    });
}

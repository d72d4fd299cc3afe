using System;
using System.IO;
using System.Text.Json;
using SpotifySync.Companion.Json;
using SpotifySync.Companion.Locking;

namespace SpotifySync.Companion.State;

/// <summary>
/// The state file: read without a lock (it is only ever replaced whole, <see cref="AtomicFile"/>), changed under a
/// <see cref="FileGuard"/> so that the cron job and the server, each changing its own part, never lose the other's.
/// </summary>
public sealed class StateStore(string path)
{
    public static readonly JsonSerializerOptions Json = CompanionJson.Indented;

    public string Path { get; } = path;

    /// <exception cref="InvalidDataException">The file is not the companion's JSON (edited by hand).</exception>
    public CompanionState Read()
    {
        string text;
        try
        {
            text = File.ReadAllText(Path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return new CompanionState();
        }
        try
        {
            return JsonSerializer.Deserialize<CompanionState>(text, Json) ?? new CompanionState();
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The state file {Path} is not valid ({exception.Message}): fix it, or move it away to start afresh (the retry times of failed downloads are lost then).", exception);
        }
    }

    /// <summary>Reads the state, lets <paramref name="change"/> change it, and writes it back, as one step among processes.</summary>
    public T Update<T>(Func<CompanionState, T> change)
    {
        using var guard = FileGuard.Acquire(Path);
        var state = Read();
        var result = change(state);
        AtomicFile.WriteAllText(Path, JsonSerializer.Serialize(state, Json));
        return result;
    }

    public void Update(Action<CompanionState> change) => Update(state =>
    {
        change(state);
        return true;
    });
}

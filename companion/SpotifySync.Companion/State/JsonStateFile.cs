using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using SpotifySync.Companion.Locking;

namespace SpotifySync.Companion.State;

/// <summary>
/// A JSON file the companion keeps its own state in (the state file, the sync core's store): read without a lock,
/// since it is only ever replaced whole (<see cref="AtomicFile"/>), and changed under its <see cref="FileGuard"/>, so
/// that processes changing their own parts never lose each other's.
/// <para>
/// The companion never leaves such a file half written, so one that does not read as <typeparamref name="T"/> (empty,
/// cut short, NUL bytes where a crash of the machine left blocks unwritten, another shape) was damaged from outside.
/// Rather than every run failing on it until a person steps in, it is moved aside, kept for them to look at, a line on
/// standard error says where it went and what was lost with it, and the companion goes on from a fresh
/// <typeparamref name="T"/>.
/// </para>
/// </summary>
/// <param name="name">What the file is, to begin the line that says it was set aside: "The state file".</param>
/// <param name="lost">What going on without its content means, to end that line.</param>
public sealed class JsonStateFile<T>(string path, JsonSerializerOptions options, string name, string lost) where T : class, new()
{
    public string Path { get; } = path;

    /// <summary>The content; a fresh <typeparamref name="T"/> when there is no file yet, or when it was damaged and set aside.</summary>
    public T Read()
    {
        if (TryRead(out _) is { } value) return value;
        using var guard = FileGuard.Acquire(Path);
        return ReadOrSetAside();
    }

    /// <summary>Reads the content, lets <paramref name="change"/> change it, and writes it back, as one step among processes.</summary>
    public TResult Update<TResult>(Func<T, TResult> change)
    {
        using var guard = FileGuard.Acquire(Path);
        var value = ReadOrSetAside();
        var result = change(value);
        AtomicFile.WriteAllText(Path, JsonSerializer.Serialize(value, options));
        return result;
    }

    /// <summary>
    /// Under the guard, which every writer holds, the file cannot be replaced meanwhile: one that does not read now is the
    /// damaged one, and moving it aside loses nothing another process wrote. Another process that met it at the same time
    /// may have set it aside first: then this reads what that one wrote since, or nothing.
    /// </summary>
    private T ReadOrSetAside() => TryRead(out var problem) ?? SetAside(problem);

    /// <summary>The content, a fresh value without a file, or null with what is wrong in <paramref name="problem"/>.</summary>
    private T? TryRead(out string problem)
    {
        problem = "";
        string text;
        try
        {
            text = File.ReadAllText(Path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return new T();
        }
        try
        {
            if (JsonSerializer.Deserialize<T>(text, options) is { } value) return value;
            problem = "it holds null";
        }
        catch (JsonException exception)
        {
            problem = Describe(text, exception);
        }
        return null;
    }

    /// <summary>What is wrong, in a person's words: System.Text.Json's messages speak of depths, payloads and nullability annotations.</summary>
    private static string Describe(string text, JsonException exception)
    {
        if (text.Trim() == "") return "it is empty";
        if (text.Contains('\0', StringComparison.Ordinal)) return "it holds NUL bytes";
        try
        {
            // Parsed again only here, on the way to setting the file aside, to tell broken JSON from JSON of another shape.
            using var document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return $"it is not valid JSON, at line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}";
        }
        return $"its JSON is not what the companion writes there, at {exception.Path}";
    }

    private T SetAside(string problem)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var aside = $"{Path}.corrupt-{stamp}";
        // A second damage within the same second gets its own name: no kept file is ever replaced.
        for (var n = 2; File.Exists(aside); n++) aside = $"{Path}.corrupt-{stamp}-{n}";
        File.Move(Path, aside);
        // It may hold secrets (the Spotify tokens), and keeps the mode of whatever wrote it.
        PrivateFiles.Narrow(aside);
        Console.Error.WriteLine($"spotify-sync: {name} {Path} could not be read ({problem}), so it was moved to {aside} and the companion goes on without it: {lost}");
        return new T();
    }
}

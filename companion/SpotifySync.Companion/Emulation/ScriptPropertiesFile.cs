using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Emulation;

/// <summary>
/// The Script Properties of <c>gas run --properties FILE</c>: a JSON object of names to strings, as the editor's
/// Project Settings hold them. What a run changes is written back (atomically), so the next run continues from it
/// as the next execution of a deployed script does.
/// </summary>
public static class ScriptPropertiesFile
{
    /// <exception cref="ConfigurationException">The file is missing or not a JSON object of strings.</exception>
    public static Dictionary<string, string> Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? [];
        }
        catch (FileNotFoundException)
        {
            throw new ConfigurationException([$"The Script Properties file {path} does not exist: create it as a JSON object such as {{\"NOTION_TOKEN\": \"ntn_…\"}}, or leave out --properties to take them from the environment."]);
        }
        catch (JsonException exception)
        {
            throw new ConfigurationException([$"The Script Properties file {path} is not a JSON object of strings ({exception.Message}): write it as {{\"NAME\": \"value\"}}."]);
        }
    }

    public static void Write(string path, IReadOnlyDictionary<string, string> properties) =>
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(properties, StateStore.Json));
}

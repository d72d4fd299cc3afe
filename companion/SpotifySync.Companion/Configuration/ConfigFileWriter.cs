using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using SpotifySync.Companion.Json;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Configuration;

/// <summary>
/// Writes settings into a config file (<c>cron install --write-config</c>: the ones the schedule's runs would miss).
/// The settings the file holds already stay as they are; the given ones are added, or replace theirs. The file
/// holds secrets: it is replaced atomically, private (<see cref="PrivateFiles"/>: 0600, in a folder made 0700 when
/// there was none; a folder that exists already is the person's, and left as it is).
/// </summary>
public static class ConfigFileWriter
{
    public static void Write(string path, IEnumerable<(Setting Setting, string Value)> values)
    {
        var settings = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))!.AsObject() : new JsonObject();
        foreach (var (setting, value) in values) settings[setting.Name] = value;
        AtomicFile.WriteAllText(path, settings.ToJsonString(CompanionJson.Indented) + "\n");
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using SpotifySync.Companion.Json;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Configuration;

/// <summary>
/// Writes settings into a config file (<c>cron install --write-config</c>: the ones the schedule's runs would miss).
/// The settings the file holds already stay as they are; the given ones are added, or replace theirs. The file
/// holds secrets: it is replaced atomically with mode 0600, and a folder made for it gets 0700, as
/// docs/architecture.md has secrets at rest; a folder that exists already is the person's, and left as it is.
/// </summary>
public static class ConfigFileWriter
{
    public const UnixFileMode FilePermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode FolderPermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static void Write(string path, IEnumerable<(Setting Setting, string Value)> values)
    {
        var settings = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))!.AsObject() : new JsonObject();
        foreach (var (setting, value) in values) settings[setting.Name] = value;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
            else Directory.CreateDirectory(folder, FolderPermissions);
        }
        AtomicFile.WriteAllText(path, settings.ToJsonString(CompanionJson.Indented) + "\n", FilePermissions);
    }
}

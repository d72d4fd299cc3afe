using System;
using System.Collections.Generic;
using System.IO;

namespace SpotifySync.Companion.Configuration;

/// <summary>Paths as people write them in settings: <c>~/</c> is the home folder, relative paths are made absolute (cron needs them so).</summary>
public static class Paths
{
    public static string Expand(string path, IReadOnlyDictionary<string, string?> environment)
    {
        var home = UserHome(environment);
        if (home is not null && (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))) path = Path.Combine(home, path.Length > 2 ? path[2..] : "");
        return Path.GetFullPath(path);
    }

    public static string? UserHome(IReadOnlyDictionary<string, string?> environment) =>
        environment.TryGetValue("HOME", out var home) && !string.IsNullOrWhiteSpace(home) ? home : System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
}

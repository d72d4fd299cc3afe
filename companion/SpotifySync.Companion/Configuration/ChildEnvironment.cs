using System.Collections.Generic;
using System.Linq;

namespace SpotifySync.Companion.Configuration;

/// <summary>
/// The environment the companion's child processes (yt-dlp, crontab) get: the one the configuration was read from,
/// on top of the process's own, with the companion's secrets removed (a null value unsets a variable), since those
/// programs have no use for them.
/// </summary>
public static class ChildEnvironment
{
    public static IReadOnlyDictionary<string, string?> Of(IReadOnlyDictionary<string, string?> environment)
    {
        var child = environment.ToDictionary(e => e.Key, e => e.Value);
        foreach (var secret in Settings.All.Where(s => s.IsSecret)) child[secret.Name] = null;
        return child;
    }
}

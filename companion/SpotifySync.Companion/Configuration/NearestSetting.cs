using System;
using System.Linq;

namespace SpotifySync.Companion.Configuration;

/// <summary>The setting a misspelt name in the config file most likely meant, for the "did you mean" of its error.</summary>
public static class NearestSetting
{
    /// <summary>
    /// The setting whose name differs only in case, or lacks only the <c>SPOTIFY_SYNC_</c> prefix, or is a few letters
    /// away (at most a quarter of the name, and at least 2); null when none is that near.
    /// </summary>
    public static Setting? For(string name)
    {
        var upper = name.ToUpperInvariant();
        if (Settings.All.FirstOrDefault(s => s.Name == upper || s.Name == "SPOTIFY_SYNC_" + upper) is { } same) return same;
        var nearest = Settings.All.Select(s => (Setting: s, Distance: Distance(upper, s.Name))).MinBy(c => c.Distance);
        return nearest.Distance <= Math.Max(2, upper.Length / 4) ? nearest.Setting : null;
    }

    /// <summary>The Levenshtein distance: the fewest letters inserted, removed or replaced to turn one name into the other.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using SpotifySync.Companion.Configuration;

namespace SpotifySync.Companion.Commands;

/// <summary>What every command starts with: the <c>--config</c> option and the configuration it loads, or the exit code for a bad one.</summary>
public static class CommandContext
{
    public static readonly Option<string?> ConfigOption = new("--config", "-c")
    {
        Description = "The JSON config file (default: $SPOTIFY_SYNC_CONFIG, else ~/.config/spotify-sync/config.json if it exists). Environment variables override it.",
        Recursive = true,
    };

    /// <summary>Loads the configuration; on a bad one prints every problem to standard error and returns null.</summary>
    public static CompanionConfiguration? Load(ParseResult parse, TextWriter error)
    {
        try
        {
            return CompanionConfiguration.Load(Environment(), parse.GetValue(ConfigOption));
        }
        catch (ConfigurationException exception)
        {
            Report(exception, error);
            return null;
        }
    }

    public static void Report(ConfigurationException exception, TextWriter error)
    {
        foreach (var problem in exception.Problems) error.WriteLine($"spotify-sync: {problem}");
    }

    private static IReadOnlyDictionary<string, string?> Environment() =>
        System.Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value);
}

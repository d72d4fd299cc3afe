using System;
using System.IO;
using AppsScript.Emulator.Runtime;

namespace SpotifySync.Core.Scenarios.Tests.Runtimes;

/// <summary>The scenarios as the compiler wrote them for Apps Script (tests/SpotifySync.Core.Scenarios/bin/apps-script), loaded once.</summary>
internal static class ScenarioScript
{
    private static readonly Lazy<ScriptProject> Loaded = new(() => ScriptProject.Load(Folder()));

    public static ScriptProject Project => Loaded.Value;

    private static string Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SpotifySync.sln")))
            {
                return Path.Combine(directory.FullName, "tests", "SpotifySync.Core.Scenarios", "bin", "apps-script");
            }
        }
        throw new DirectoryNotFoundException($"No SpotifySync.sln above {AppContext.BaseDirectory}: the scenarios' script is built in the repository.");
    }
}

using System;
using System.IO;
using AppsScript.Emulator.Runtime;

namespace SpotifySync.Gas.Tests.Support;

/// <summary>The emitted bundle the build wrote to the repository's <c>dist/</c>: what clasp pushes, loaded as Apps Script loads it.</summary>
internal static class Dist
{
    private static readonly Lazy<ScriptProject> Project = new(() => ScriptProject.Load(Folder));

    public static ScriptProject Load() => Project.Value;

    /// <summary>The repository's dist/ folder.</summary>
    public static string Folder => FindFolder();

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SpotifySync.sln"))) return Path.Combine(directory.FullName, "dist");
        }
        throw new DirectoryNotFoundException($"No SpotifySync.sln above {AppContext.BaseDirectory}: the tests run the repository's dist/.");
    }
}

using System;
using System.IO;

namespace SpotifySync.Companion.Tests;

/// <summary>The repository the tests run from, and the emitted bundle the build wrote to its <c>dist/</c> (the test project builds gas-src first).</summary>
internal static class RepositoryDist
{
    public static string Folder() => Path.Combine(Root(), "dist");

    /// <summary>The folder of <c>SpotifySync.sln</c>.</summary>
    public static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SpotifySync.sln"))) return directory.FullName;
        }
        throw new DirectoryNotFoundException($"No SpotifySync.sln above {AppContext.BaseDirectory}: the tests run the repository's build.");
    }
}

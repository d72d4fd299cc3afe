using System;
using System.IO;

namespace SpotifySync.Companion.Tests;

/// <summary>The emitted bundle the build wrote to the repository's <c>dist/</c> (the test project builds gas-src first).</summary>
internal static class RepositoryDist
{
    public static string Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SpotifySync.sln"))) return Path.Combine(directory.FullName, "dist");
        }
        throw new DirectoryNotFoundException($"No SpotifySync.sln above {AppContext.BaseDirectory}: the tests run the repository's dist/.");
    }
}

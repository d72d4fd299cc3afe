using System;
using System.IO;

namespace AppsScript.Compiler.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from, and the Node tools `npm ci` installs there.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SpotifySync.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No SpotifySync.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => RootPath.Value;

    public static string PathOf(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    /// <summary>The executable a package in node_modules installs (tsc, clasp), or a failure telling how to install it.</summary>
    public static string NodeTool(string name)
    {
        var path = PathOf("node_modules", ".bin", name);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: run `npm ci` in {Root} to install the Node tools the tests use (package.json).");
        }
        return path;
    }
}

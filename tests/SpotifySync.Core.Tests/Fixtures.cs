using System;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SpotifySync.Core.Tests;

/// <summary>The recorded API shapes of the shared reference: <c>../shared/reference/fixtures</c> beside the repository.</summary>
internal static class Fixtures
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Text(string relativePath) => File.ReadAllText(Path.Combine(Root.Value, relativePath));

    public static T Read<T>(string relativePath) => JsonConvert.DeserializeObject<T>(Text(relativePath))!;

    public static JToken Json(string relativePath) => JToken.Parse(Text(relativePath));

    /// <summary>Walks up from the test assembly to the folder holding SpotifySync.sln, whose sibling shared/ holds the fixtures.</summary>
    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (!File.Exists(Path.Combine(directory.FullName, "SpotifySync.sln"))) continue;
            var fixtures = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "reference", "fixtures"));
            if (Directory.Exists(fixtures)) return fixtures;
            throw new DirectoryNotFoundException($"The fixtures are not at {fixtures}: put the shared reference folder beside the repository (../shared).");
        }
        throw new DirectoryNotFoundException($"No SpotifySync.sln above {AppContext.BaseDirectory}.");
    }
}

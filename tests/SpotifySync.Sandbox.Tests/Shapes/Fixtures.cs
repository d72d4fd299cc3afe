using System;
using System.IO;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Tests.Shapes;

/// <summary>
/// The real-shaped responses in <c>shared/reference/fixtures</c>, found by walking up from the test's base directory
/// to the folder holding <c>SpotifySync.sln</c>; the shared folder sits beside it.
/// </summary>
public static class Fixtures
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SpotifySync.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "reference", "fixtures"));
            }
        }
        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds SpotifySync.sln.");
    });

    /// <param name="api">The fixture folder, e.g. <c>spotify</c> or <c>notion</c>.</param>
    /// <param name="name">The file, e.g. <c>me.json</c>.</param>
    public static string Read(string api, string name) => File.ReadAllText(Path.Combine(Root.Value, api, name));

    /// <summary>The fixture parsed, for reading a request body or comparing shapes.</summary>
    public static JsonObject Object(string api, string name) => JsonNode.Parse(Read(api, name))!.AsObject();
}

using System;
using System.IO;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Tests.Notion;

/// <summary>The real-shaped responses in <c>../shared/reference/fixtures</c>, found from the folder holding <c>SpotifySync.sln</c>.</summary>
internal static class ReferenceFixtures
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpotifySync.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference", "fixtures"));
            }
        }
        throw new InvalidOperationException($"No SpotifySync.sln above {AppContext.BaseDirectory}.");
    });

    public static JsonObject Notion(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Root.Value, "notion", name)))!.AsObject();
}

using System;
using System.IO;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Tests.Shapes;

/// <summary>The real-shaped responses of <c>tests/fixtures</c> (their READMEs give each file's source), copied beside the test assembly.</summary>
public static class Fixtures
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "fixtures");

    /// <param name="api">The fixture folder, e.g. <c>spotify</c> or <c>notion</c>.</param>
    /// <param name="name">The file, e.g. <c>me.json</c>.</param>
    public static string Read(string api, string name) => File.ReadAllText(Path.Combine(Root, api, name));

    /// <summary>The fixture parsed, for reading a request body or comparing shapes.</summary>
    public static JsonObject Object(string api, string name) => JsonNode.Parse(Read(api, name))!.AsObject();
}

using System;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SpotifySync.Core.Tests;

/// <summary>The recorded API shapes of <c>tests/fixtures</c> (their READMEs give each file's source), copied beside the test assembly.</summary>
internal static class Fixtures
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "fixtures");

    public static string Text(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public static T Read<T>(string relativePath) => JsonConvert.DeserializeObject<T>(Text(relativePath))!;

    public static JToken Json(string relativePath) => JToken.Parse(Text(relativePath));
}

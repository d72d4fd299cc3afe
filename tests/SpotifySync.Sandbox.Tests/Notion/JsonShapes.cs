using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Notion;

/// <summary>
/// Compares a response with a fixture by shape: the same keys at every level and the same JSON kind for each
/// value (object, array, string, number, boolean, null); array items are each compared with the fixture's first.
/// </summary>
internal static class JsonShapes
{
    /// <param name="ignoring">Keys (at any level) that one side may have and the other not.</param>
    public static void AssertSameShape(JsonNode? expected, JsonNode? actual, params string[] ignoring)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", new HashSet<string>(ignoring), differences);
        Assert.True(differences.Count == 0, "Shapes differ:\n" + string.Join("\n", differences));
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, HashSet<string> ignoring, List<string> differences)
    {
        var (expectedKind, actualKind) = (Kind(expected), Kind(actual));
        if (expectedKind != actualKind)
        {
            differences.Add($"{path}: expected {expectedKind}, was {actualKind}");
            return;
        }
        switch (expected)
        {
            case JsonObject expectedObject:
                var actualObject = actual!.AsObject();
                foreach (var key in expectedObject.Select(p => p.Key).Union(actualObject.Select(p => p.Key)).Where(k => !ignoring.Contains(k)))
                {
                    if (!expectedObject.ContainsKey(key)) differences.Add($"{path}.{key}: not in the fixture");
                    else if (!actualObject.ContainsKey(key)) differences.Add($"{path}.{key}: missing");
                    else Compare(expectedObject[key], actualObject[key], $"{path}.{key}", ignoring, differences);
                }
                break;
            case JsonArray expectedArray when expectedArray.Count > 0:
                var items = actual!.AsArray();
                for (var i = 0; i < items.Count; i++) Compare(expectedArray[0], items[i], $"{path}[{i}]", ignoring, differences);
                break;
        }
    }

    private static string Kind(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString()!.ToLowerInvariant(),
    };
}

using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Shapes;

/// <summary>
/// Compares a simulator's response with a real-shaped fixture by keys and JSON types, not values. A null on either
/// side matches any type (a fixture cannot show what a nullable field holds when set). Arrays may be heterogeneous
/// (a playlist page mixes tracks, local files, episodes and null items): each element of the response must have the
/// shape of some element of the fixture, and with <c>everyVariant</c> each fixture element must be matched too.
/// Keys named in <c>ignoring</c> are skipped at every depth: fields a fixture shows that this response legitimately
/// lacks (an optional <c>icon</c>, a property the fixture's database has and the test's does not).
/// </summary>
public static class JsonShape
{
    public static void AssertSame(string fixtureJson, string actualJson, bool everyVariant = false) =>
        AssertSame(JsonNode.Parse(fixtureJson), JsonNode.Parse(actualJson), everyVariant);

    public static void AssertSame(JsonNode? fixture, JsonNode? actual, bool everyVariant = false, IReadOnlyCollection<string>? ignoring = null)
    {
        var differences = Differences(fixture, actual, "$", everyVariant, ignoring);
        Assert.True(differences.Count == 0, "The response's shape differs from the fixture:\n" + string.Join("\n", differences));
    }

    public static IReadOnlyList<string> Differences(JsonNode? fixture, JsonNode? actual, string path = "$", bool everyVariant = false,
        IReadOnlyCollection<string>? ignoring = null)
    {
        if (fixture is null || actual is null) return [];
        var expectedKind = Kind(fixture);
        var actualKind = Kind(actual);
        if (expectedKind != actualKind) return [$"{path}: {actualKind} where the fixture has {expectedKind}"];
        return fixture switch
        {
            JsonObject expected => ObjectDifferences(expected, actual.AsObject(), path, everyVariant, ignoring ?? []),
            JsonArray expected => ArrayDifferences(expected, actual.AsArray(), path, everyVariant, ignoring),
            _ => [],
        };
    }

    private static List<string> ObjectDifferences(JsonObject expected, JsonObject actual, string path, bool everyVariant, IReadOnlyCollection<string> ignoring)
    {
        var differences = new List<string>();
        foreach (var (key, value) in expected.Where(p => !ignoring.Contains(p.Key)))
        {
            if (!actual.ContainsKey(key)) differences.Add($"{path}.{key}: missing");
            else differences.AddRange(Differences(value, actual[key], $"{path}.{key}", everyVariant, ignoring));
        }
        differences.AddRange(actual.Where(p => !expected.ContainsKey(p.Key) && !ignoring.Contains(p.Key)).Select(p => $"{path}.{p.Key}: not in the fixture"));
        return differences;
    }

    private static List<string> ArrayDifferences(JsonArray expected, JsonArray actual, string path, bool everyVariant, IReadOnlyCollection<string>? ignoring)
    {
        var differences = new List<string>();
        if (expected.Count == 0 || actual.Count == 0) return differences;
        for (var i = 0; i < actual.Count; i++)
        {
            var closest = expected.Select(e => Differences(e, actual[i], $"{path}[{i}]", everyVariant, ignoring)).MinBy(d => d.Count)!;
            differences.AddRange(closest);
        }
        if (everyVariant)
        {
            for (var i = 0; i < expected.Count; i++)
            {
                if (!actual.Any(a => Differences(expected[i], a, path, everyVariant, ignoring).Count == 0))
                {
                    differences.Add($"{path}: no element has the shape of the fixture's element {i}");
                }
            }
        }
        return differences;
    }

    private static string Kind(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString().ToLowerInvariant(),
    };
}

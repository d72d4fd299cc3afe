using Xunit;

namespace SpotifySync.Sandbox.Tests.Shapes;

public sealed class JsonShapeTests
{
    [Fact]
    public void Same_keys_and_types_with_other_values_match() =>
        Assert.Empty(JsonShape.Differences(Parse("""{"a":1,"b":"x","c":true,"d":{"e":[1]}}"""), Parse("""{"d":{"e":[2,3]},"c":false,"b":"y","a":9}""")));

    [Fact]
    public void A_missing_key_an_extra_key_and_a_type_change_are_each_reported() =>
        Assert.Equal(["$.a: missing", "$.b: number where the fixture has string", "$.z: not in the fixture"],
            JsonShape.Differences(Parse("""{"a":1,"b":"x"}"""), Parse("""{"b":2,"z":0}""")));

    [Fact]
    public void Null_matches_any_type_on_either_side() =>
        Assert.Empty(JsonShape.Differences(Parse("""{"next":null,"cursors":{"after":"1"}}"""), Parse("""{"next":"https://x","cursors":null}""")));

    [Fact]
    public void Each_array_element_must_match_some_fixture_element()
    {
        var fixture = Parse("""[{"type":"track","album":{}},{"type":"episode","show":{}}]""");
        Assert.Empty(JsonShape.Differences(fixture, Parse("""[{"type":"episode","show":{}},{"type":"track","album":{}}]""")));
        Assert.Equal(["$[0].show: not in the fixture"], JsonShape.Differences(fixture, Parse("""[{"type":"track","album":{},"show":{}}]""")));
    }

    [Fact]
    public void Every_variant_requires_each_fixture_element_to_be_matched() =>
        Assert.Equal(["$: no element has the shape of the fixture's element 1"],
            JsonShape.Differences(Parse("""[{"album":{}},{"show":{}}]"""), Parse("""[{"album":{}}]"""), everyVariant: true));

    private static System.Text.Json.Nodes.JsonNode? Parse(string json) => System.Text.Json.Nodes.JsonNode.Parse(json);
}

using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Tests.Support;
using Xunit;

namespace AppsScript.Emulator.Tests;

public class ExecutionTests
{
    [Fact]
    public void A_function_returns_its_value_as_json_and_as_a_dotnet_value()
    {
        var result = Script.Eval("return { name: 'x', count: 2, tags: ['a', 'b'], none: null };");

        Assert.Equal("""{"name":"x","count":2,"tags":["a","b"],"none":null}""", result.ReturnJson);
        Assert.Equal(2.0, result.Return!["count"]!.GetValue<double>());
        Assert.Equal(ExecutionOrigin.Editor, result.Origin);
    }

    [Fact]
    public void Arguments_reach_the_function_as_js_values()
    {
        var result = Script.Run("function add(a, b, o) { return a + b + o.extra; }", "add", 2, 3, System.Text.Json.Nodes.JsonNode.Parse("""{"extra":10}"""));

        Assert.Equal("15", result.ReturnJson);
    }
}

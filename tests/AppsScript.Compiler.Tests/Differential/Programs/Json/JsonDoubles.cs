using System;
using System.Collections.Generic;
using AppsScript.Interop;
using Newtonsoft.Json;

public class Measure
{
    public string? Name { get; set; }
    public double Value { get; set; }
    public double? Optional { get; set; }
    public int Count { get; set; }
}

public record Stats(double Mean, List<double> Samples, Dictionary<string, double> ByKey, double[]? Extra);

public record Wrapper([property: JsonProperty("the_stats")] Stats? Stats, List<Measure> Measures);

public class Defaults
{
    public int Number { get; set; }
    public bool Flag { get; set; }
    public double Ratio { get; set; }
    public long Big { get; set; }
    public double? Maybe { get; set; }
}

[GlobalFunctions]
public static class Program
{
    private static readonly double[] Interesting =
    {
        0, -0.0, 1, -1, 1.5, 0.1, 1.0 / 3, 100, 123456789, 1e15, 1e16, 1e17, 1e20, 1.5e300, 1e-4, 1e-5, 0.00012345,
        -2.5e-7, double.MaxValue, double.MinValue, double.Epsilon, 4.000000000000001E+16, 9007199254740993,
        double.NaN, double.PositiveInfinity, double.NegativeInfinity,
    };

    public static void Main()
    {
        foreach (var value in Interesting)
        {
            var json = JsonConvert.SerializeObject(value);
            var back = JsonConvert.DeserializeObject<double>(json);
            Console.WriteLine($"{json} {back} {JsonConvert.SerializeObject(back) == json}");
        }
        Console.WriteLine(JsonConvert.SerializeObject(Interesting));
        Console.WriteLine(JsonConvert.SerializeObject(new List<double>()));
        Console.WriteLine(JsonConvert.SerializeObject(new double?[] { 1, null, -0.0 }));

        var measure = new Measure { Name = "m", Value = 2, Optional = 3, Count = 4 };
        Console.WriteLine(JsonConvert.SerializeObject(measure));
        Console.WriteLine(JsonConvert.SerializeObject(new Measure()));
        Console.WriteLine(JsonConvert.SerializeObject(new Measure(), new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }));
        Console.WriteLine(JsonConvert.SerializeObject(measure, Formatting.Indented));

        var stats = new Stats(2, new List<double> { 1, 2.5, -0.0 }, new Dictionary<string, double> { ["a"] = 1, ["b c"] = 1e21, ["constructor"] = 3 }, null);
        Console.WriteLine(JsonConvert.SerializeObject(stats));
        Console.WriteLine(JsonConvert.SerializeObject(stats, Formatting.Indented));
        var wrapper = new Wrapper(stats with { Extra = new double[] { 7 }, Samples = new List<double>() }, new List<Measure> { measure, new Measure { Name = "n\u2028" } });
        var text = JsonConvert.SerializeObject(wrapper, Formatting.Indented);
        Console.WriteLine(text);
        Console.WriteLine(JsonConvert.SerializeObject(new Wrapper(null, new List<Measure>()), Formatting.Indented, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }));
        var read = JsonConvert.DeserializeObject<Wrapper>(text)!;
        Console.WriteLine($"{read.Stats!.Mean} {read.Stats.Extra![0]} {read.Measures[0].Value} {read.Measures[1].Optional == null} {JsonConvert.SerializeObject(read) == JsonConvert.SerializeObject(wrapper)}");

        Console.WriteLine(JsonConvert.SerializeObject(new { ratio = 0.5, whole = 2.0, count = 2, list = new[] { 1.0, 2.0 }, inner = new { x = -0.0 } }));
        Console.WriteLine(JsonConvert.SerializeObject(new Dictionary<string, List<double>> { ["xs"] = new List<double> { 3, 4.25 }, ["empty"] = new List<double>() }, Formatting.Indented));
        Console.WriteLine(JsonConvert.SerializeObject(new Dictionary<string, double?> { ["n"] = null, ["v"] = 8 }));

        var parsed = JsonConvert.DeserializeObject<List<double>>("[1, 1.0, -0.0, 1e400, \"NaN\", \"Infinity\", \"-Infinity\", \"2.5\", 3E-2]")!;
        Console.WriteLine(string.Join(" ", parsed) + " " + JsonConvert.SerializeObject(parsed));
        var literals = JsonConvert.DeserializeObject<List<double>>("[NaN, Infinity, -Infinity]")!;
        Console.WriteLine(JsonConvert.SerializeObject(literals));

        var defaults = JsonConvert.DeserializeObject<Defaults>("{}")!;
        Console.WriteLine($"{defaults.Number} {defaults.Flag} {defaults.Ratio} {defaults.Big} [{defaults.Maybe}]");
        Console.WriteLine(JsonConvert.SerializeObject(defaults));
        var partial = JsonConvert.DeserializeObject<Defaults>("{\"flag\":true,\"RATIO\":2,\"number\":null}")!;
        Console.WriteLine($"{partial.Number} {partial.Flag} {partial.Ratio} {partial.Big}");
        var fromNulls = JsonConvert.DeserializeObject<Measure>("{\"Value\":null,\"Optional\":null,\"Count\":null}")!;
        Console.WriteLine($"{fromNulls.Value} [{fromNulls.Optional}] {fromNulls.Count} {JsonConvert.SerializeObject(fromNulls)}");
        try
        {
            JsonConvert.DeserializeObject<Measure>("{\"Value\":\"abc\"}");
        }
        catch (JsonException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}

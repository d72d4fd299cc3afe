using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;
using Newtonsoft.Json;

public enum Level { Low, High, Extreme = 10 }

[Flags]
public enum Access { None = 0, Read = 1, Write = 2 }

public class Report
{
    public string Name { get; set; } = "";
    public Dictionary<int, string> ByRank { get; set; } = new();
    public Dictionary<Level, double> Scores { get; set; } = new();
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var ranks = new Dictionary<int, string> { [10] = "ten", [2] = "two", [-1] = "minus one", [0] = "zero" };
        Console.WriteLine(JsonConvert.SerializeObject(ranks));
        ranks.Remove(2);
        ranks[7] = "seven";
        Console.WriteLine(JsonConvert.SerializeObject(ranks, Formatting.Indented));
        Console.WriteLine(JsonConvert.SerializeObject(new Dictionary<long, int> { [3000000000L] = 1, [-5L] = 2 }));
        Console.WriteLine(JsonConvert.SerializeObject(new Dictionary<bool, string?> { [true] = "yes", [false] = null }));
        Console.WriteLine(JsonConvert.SerializeObject(new Dictionary<char, int> { ['b'] = 2, ['"'] = 1, ['\n'] = 0 }));
        Console.WriteLine(JsonConvert.SerializeObject(new Dictionary<Level, int> { [Level.Extreme] = 3, [Level.Low] = 1, [(Level)5] = 5 }));
        Console.WriteLine(JsonConvert.SerializeObject(new Dictionary<Access, int> { [Access.Read | Access.Write] = 3, [Access.None] = 0 }));
        Console.WriteLine(JsonConvert.SerializeObject(new Dictionary<int, string>()));

        var report = new Report
        {
            Name = "weekly",
            ByRank = new[] { "gold", "silver", "bronze" }.Select((medal, i) => (medal, i)).ToDictionary(p => p.i + 1, p => p.medal),
            Scores = new Dictionary<Level, double> { [Level.High] = 2, [Level.Low] = 0.5, [Level.Extreme] = double.NaN },
        };
        Console.WriteLine(JsonConvert.SerializeObject(report));
        Console.WriteLine(JsonConvert.SerializeObject(report, Formatting.Indented));
        var nested = new Dictionary<int, Dictionary<int, double>> { [2] = new() { [1] = 1.0, [0] = -0.0 }, [1] = new() };
        Console.WriteLine(JsonConvert.SerializeObject(nested));
        var anonymous = new { Counts = new Dictionary<int, int> { [5] = 25, [1] = 1 }, Total = 2 };
        Console.WriteLine(JsonConvert.SerializeObject(anonymous));
    }
}

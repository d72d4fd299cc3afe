using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;
using Newtonsoft.Json;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        headers["Content-Type"] = "json";
        headers["content-type"] = "text";
        headers.Add("X-Id", "1");
        Console.WriteLine("count " + headers.Count + ": " + string.Join(", ", headers));
        Console.WriteLine("ContainsKey CONTENT-TYPE " + headers.ContainsKey("CONTENT-TYPE") + ", x-id " + headers["x-id"] + ", Keys " + string.Join(",", headers.Keys));
        Console.WriteLine("Keys.Contains " + headers.Keys.Contains("X-ID") + ", TryGetValue " + headers.TryGetValue("x-ID", out var id) + " " + id);
        try
        {
            headers.Add("x-id", "2");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }
        try
        {
            Console.WriteLine(headers["Accept"]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("KeyNotFoundException: " + e.Message);
        }
        Console.WriteLine("TryAdd X-ID " + headers.TryAdd("X-ID", "3") + ", GetValueOrDefault " + headers.GetValueOrDefault("CONTENT-type") + " [" + headers.GetValueOrDefault("nope") + "]");
        Console.WriteLine("Remove CONTENT-TYPE " + headers.Remove("CONTENT-TYPE") + ", again " + headers.Remove("content-type") + ", count " + headers.Count);
        headers["CONTENT-TYPE"] = "xml";
        Console.WriteLine("re-added with a new spelling: " + string.Join(", ", headers.Keys));
        headers["x-Id"] += "0";
        Console.WriteLine("compound: " + headers["X-ID"] + " json " + JsonConvert.SerializeObject(headers));

        var cleared = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["a"] = 1, ["b"] = 2, ["c"] = 3 };
        cleared.Clear();
        cleared["z"] = 26;
        cleared["Y"] = 25;
        cleared["x"] = 24;
        cleared.Remove("Z");
        cleared.Remove("y");
        cleared["W"] = 23;
        cleared["v"] = 22;
        cleared["10"] = 10;
        cleared["2"] = 2;
        Console.WriteLine("after Clear and removals: " + string.Join(",", cleared) + " " + JsonConvert.SerializeObject(cleared));

        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Straße"] = 1, ["ÉTÉ"] = 2, ["ı"] = 3, ["__proto__"] = 4 };
        Console.WriteLine("STRASSE " + words.ContainsKey("STRASSE") + ", straße " + words.ContainsKey("STRAßE") + ", été " + words.ContainsKey("été") + ", I " + words.ContainsKey("I") + ", __PROTO__ " + words.ContainsKey("__PROTO__"));
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in "The cat and the hat AND THE bat".Split(' '))
        {
            counts[word] = counts.TryGetValue(word, out var n) ? n + 1 : 1;
        }
        Console.WriteLine("counts " + string.Join(", ", counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)));
        var copy = new Dictionary<string, int>(counts);
        Console.WriteLine("an ordinal copy: " + copy.ContainsKey("THE") + " " + copy.ContainsKey("The"));
        try
        {
            var duplicate = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { { "a", 1 }, { "A", 2 } };
            Console.WriteLine(duplicate.Count);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("initialiser ArgumentException: " + e.Message);
        }

        var tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Rock", "rock", "POP", "Jazz" };
        Console.WriteLine("set " + tags.Count + ": " + string.Join(",", tags) + " contains ROCK " + tags.Contains("ROCK") + " " + tags.Contains("Pop"));
        Console.WriteLine("Add JAZZ " + tags.Add("JAZZ") + ", Add blues " + tags.Add("blues") + ", Remove pop " + tags.Remove("pop") + ": " + string.Join(",", tags));
        var fromList = new HashSet<string>(new[] { "a", "A", "b", "B", "a" }, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine("from a list: " + string.Join(",", fromList) + " LINQ Contains " + fromList.Contains("B") + " " + fromList.Count(x => x == "a"));
        var other = new[] { "ROCK", "blues", "Folk" };
        var intersect = new HashSet<string>(tags, StringComparer.OrdinalIgnoreCase);
        intersect.IntersectWith(other);
        Console.WriteLine("IntersectWith " + string.Join(",", intersect) + ", IsSubsetOf " + intersect.IsSubsetOf(other) + ", SetEquals " + intersect.SetEquals(new[] { "BLUES", "rock", "Rock" }));
        intersect.UnionWith(other);
        intersect.ExceptWith(new[] { "FOLK" });
        Console.WriteLine("UnionWith, ExceptWith " + string.Join(",", intersect) + ", Overlaps " + intersect.Overlaps(new[] { "JAZZ" }) + ", IsSupersetOf " + intersect.IsSupersetOf(new[] { "Blues" }));
        var ordinal = new HashSet<string>(StringComparer.Ordinal) { "x" };
        ordinal.IntersectWith(new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "X" });
        Console.WriteLine("ordinal set keeps its own equality: " + ordinal.Count);
    }
}

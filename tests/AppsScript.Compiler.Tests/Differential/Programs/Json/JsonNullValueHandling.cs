using System;
using System.Collections.Generic;
using AppsScript.Interop;
using Newtonsoft.Json;

public record Image(string? Url, int? Height, int? Width);

public record Album(string Id, string? Name, List<Image?> Images, Image? Cover, List<string?> Genres);

[GlobalFunctions]
public static class Program
{
    private static readonly JsonSerializerSettings Compact = new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore };

    private static readonly JsonSerializerSettings Pretty = new() { NullValueHandling = NullValueHandling.Ignore, Formatting = Formatting.Indented };

    private static readonly JsonSerializerSettings Including = new() { NullValueHandling = NullValueHandling.Include };

    public static void Main()
    {
        var album = new Album("al1", null, new List<Image?> { new("u", 64, null), null }, null, new List<string?> { "pop", null });
        Console.WriteLine(JsonConvert.SerializeObject(album));
        Console.WriteLine(JsonConvert.SerializeObject(album, Compact));
        Console.WriteLine(JsonConvert.SerializeObject(album, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }));
        Console.WriteLine(JsonConvert.SerializeObject(album, Pretty));
        Console.WriteLine(JsonConvert.SerializeObject(album, Formatting.Indented, Compact));
        Console.WriteLine(JsonConvert.SerializeObject(album, Formatting.None, Pretty));
        Console.WriteLine(JsonConvert.SerializeObject(album, Including));
        Console.WriteLine(JsonConvert.SerializeObject(new Image(null, null, null), Compact));
        Console.WriteLine(JsonConvert.SerializeObject(new List<Image?> { null }, Compact));
        Console.WriteLine(JsonConvert.SerializeObject(new { a = (string?)null, b = 1, c = new { d = (int?)null } }, Compact));
        Image? none = null;
        Console.WriteLine(JsonConvert.SerializeObject(none, Compact));
        Console.WriteLine(JsonConvert.SerializeObject(new Dictionary<string, int> { ["n"] = 1 }, Compact));
    }
}

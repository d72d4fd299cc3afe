using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var path = "/Music/Playlists/Road Trip.m3u";
        Console.WriteLine(path.Contains("Playlists") + " " + path.Contains("playlists") + " " + path.Contains('/') + " " + path.Contains("") + " " + path.Contains('x'));
        Console.WriteLine(path.Contains("PLAYLISTS", StringComparison.OrdinalIgnoreCase) + " " + path.Contains("PLAYLISTS", StringComparison.Ordinal) + " " + path.Contains('R', StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(path.StartsWith("/Music") + " " + path.StartsWith("/music") + " " + path.StartsWith('/') + " " + path.StartsWith("") + " " + path.StartsWith("/MUSIC", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(path.EndsWith(".m3u") + " " + path.EndsWith(".M3U") + " " + path.EndsWith('u') + " " + path.EndsWith(".M3U", StringComparison.OrdinalIgnoreCase) + " " + path.EndsWith(".M3U", StringComparison.InvariantCultureIgnoreCase));
        Console.WriteLine("".StartsWith("") + " " + "".EndsWith("a") + " " + "".Contains("") + " " + "ab".StartsWith("abc"));
        Console.WriteLine("ÉCOLE".StartsWith("éc", StringComparison.OrdinalIgnoreCase) + " " + "straße".EndsWith("SSE", StringComparison.OrdinalIgnoreCase) + " " + "😀x".StartsWith("😀"));
        var words = new[] { "alpha", "Beta", "gamma", "ALPHABET", "" };
        foreach (var word in words)
        {
            Console.WriteLine($"{word}: {word.StartsWith("al", StringComparison.OrdinalIgnoreCase)} {word.EndsWith("a")} {word.Contains("ph", StringComparison.CurrentCulture)}");
        }
    }
}

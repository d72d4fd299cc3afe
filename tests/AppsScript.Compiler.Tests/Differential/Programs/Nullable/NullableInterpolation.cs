using System;
using AppsScript.Interop;

public record Profile(string? Name, int? Age, double? Score, bool? Premium, DateTime? Joined);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var full = new Profile("Ann", 31, 4.5, true, new DateTime(2020, 2, 2, 0, 0, 0, DateTimeKind.Utc));
        var empty = new Profile(null, null, null, null, null);
        foreach (var profile in new[] { full, empty })
        {
            Console.WriteLine($"name=[{profile.Name}] age=[{profile.Age}] score=[{profile.Score}] premium=[{profile.Premium}] joined=[{profile.Joined:yyyy-MM-dd}]");
            Console.WriteLine("name=" + profile.Name + " age=" + profile.Age + " score=" + profile.Score + " premium=" + profile.Premium);
            Console.WriteLine($"[{profile.Age,4}] [{profile.Age,-4}] [{profile.Name,5}]");
            Console.WriteLine($"next birthday age {profile.Age + 1} in {(profile.Joined?.Year ?? 0)}");
        }
        int? x = null;
        Console.WriteLine($"{x}{x}|{x ?? 0}{(x.HasValue ? "has" : "none")}");
    }
}

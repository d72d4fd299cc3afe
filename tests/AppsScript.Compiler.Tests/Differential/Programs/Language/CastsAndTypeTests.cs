using System;
using System.Collections.Generic;
using AppsScript.Interop;

public class Media
{
    public string Title { get; set; } = "";
}

public class Song : Media
{
    public int Seconds { get; set; }
}

public class Podcast : Media
{
    public string Host { get; set; } = "";
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var items = new List<Media>
        {
            new Song { Title = "One", Seconds = 200 },
            new Podcast { Title = "Talk", Host = "Ann" },
            new Media { Title = "Plain" },
        };
        foreach (var item in items)
        {
            var song = item as Song;
            Console.WriteLine($"{item.Title}: song={song != null} seconds={song?.Seconds} podcast={item is Podcast} media={item is Media}");
            if (item is not Song) Console.WriteLine("  not a song");
        }
        object boxed = "text";
        Console.WriteLine((string)boxed + " " + (boxed is string) + " " + (boxed as string)?.Length);
        object flag = true;
        Console.WriteLine(flag is bool b && b);
        try
        {
            var wrong = (Song)items[1];
            Console.WriteLine("no error " + wrong.Title);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("invalid cast");
        }
        try
        {
            var text = (string)(object)items[0];
            Console.WriteLine("no error " + text);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("invalid cast to string");
        }
        Media? nothing = null;
        var cast = (Song?)nothing;
        Console.WriteLine(cast == null);
        Console.WriteLine(Describe(new Song { Title = "Two", Seconds = 61 }));
        Console.WriteLine(Describe(new Podcast { Host = "Bo" }));
        Console.WriteLine(Describe(null));
    }

    private static string Describe(Media? media)
    {
        if (media is Song { Seconds: > 60 } longSong) return "long song " + longSong.Title;
        if (media is Podcast { Host: var host }) return "podcast by " + host;
        return media == null ? "nothing" : "other";
    }
}

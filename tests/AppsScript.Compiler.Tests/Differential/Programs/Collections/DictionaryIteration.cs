using System;
using System.Collections.Generic;
using AppsScript.Interop;

public static class Show
{
    public static string All<T>(IEnumerable<T> items)
    {
        var text = "[";
        var first = true;
        foreach (var item in items)
        {
            text += (first ? "" : ", ") + item;
            first = false;
        }
        return text + "]";
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var artists = new Dictionary<string, int> { ["zappa"] = 3, ["abba"] = 12, ["muse"] = 7 };
        foreach (var pair in artists) Console.WriteLine("pair " + pair.Key + " -> " + pair.Value);
        foreach (var (name, albums) in artists) Console.WriteLine("deconstructed " + name + " has " + albums);
        foreach (KeyValuePair<string, int> entry in artists) Console.WriteLine("typed " + entry.Key + "=" + entry.Value);
        foreach (var key in artists.Keys) Console.WriteLine("key " + key);
        var total = 0;
        foreach (var value in artists.Values) total += value;
        Console.WriteLine("sum of values " + total);

        artists["abba"] = 13;
        artists["beatles"] = 20;
        Console.WriteLine("overwrite keeps its place, a new key goes last: " + Show.All(artists.Keys));

        var actions = new List<Func<string>>();
        foreach (var (name, albums) in artists) actions.Add(() => name + ":" + albums);
        var described = new List<string>();
        foreach (var action in actions) described.Add(action());
        Console.WriteLine("lambdas captured each pair: " + Show.All(described));

        var playlists = new Dictionary<string, List<string>>();
        foreach (var (song, list) in new[] { ("one", "gym"), ("two", "chill"), ("three", "gym") })
        {
            if (!playlists.TryGetValue(list, out var songs))
            {
                songs = new List<string>();
                playlists[list] = songs;
            }
            songs.Add(song);
        }
        foreach (var (list, songs) in playlists) Console.WriteLine(list + ": " + Show.All(songs));

        var empty = new Dictionary<string, double>();
        foreach (var pair in empty) Console.WriteLine("never");
        Console.WriteLine("empty loop done, keys " + Show.All(empty.Keys));

        IDictionary<string, int> general = artists;
        general["muse"] = 8;
        general.Add("queen", 15);
        Console.WriteLine("through IDictionary: " + general.Count + " " + general["muse"] + " " + general.ContainsKey("queen") + " " + general.Remove("zappa") + " " + Show.All(general.Keys));
        IReadOnlyDictionary<string, int> readOnly = artists;
        Console.WriteLine("through IReadOnlyDictionary: " + readOnly.Count + " " + readOnly["queen"] + " " + Show.All(readOnly.Values));
    }
}

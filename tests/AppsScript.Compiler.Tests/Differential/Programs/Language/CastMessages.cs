using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

namespace Shop
{
    public class Item
    {
        public string Title { get; set; } = "";
    }

    public class Track : Item
    {
    }

    public class Album : Item
    {
    }

    public class Single : Track
    {
    }

    public class Catalog
    {
        public class Entry
        {
            public int Size() => 1;
        }
    }

    public class Box<T>
    {
        public string Label { get; set; } = "box";

        public int Size() => 2;
    }

    public class LabelError : Exception
    {
    }
}

public class Loose
{
    public int Size() => 3;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Shop.Item track = new Shop.Track { Title = "t" };
        Shop.Item single = new Shop.Single();
        Shop.Item album = new Shop.Album();
        Shop.Item item = new Shop.Item();
        Show("track to album", () => Console.WriteLine(((Shop.Album)track).Title));
        Show("album to track", () => Console.WriteLine(((Shop.Track)album).Title));
        Show("single to album", () => Console.WriteLine(((Shop.Album)single).Title));
        Show("item to single", () => Console.WriteLine(((Shop.Single)item).Title));
        Show("track to single", () => Console.WriteLine(((Shop.Single)track).Title));
        Show("single to track", () => Console.WriteLine(((Shop.Track)single).Title));
        Show("null to track", () => Console.WriteLine(((Shop.Track?)(Shop.Item?)null) == null));
        Show("track to string", () => Console.WriteLine((string)(object)track));
        Show("entry to loose", () => Console.WriteLine(((Loose)(object)new Shop.Catalog.Entry()).Size()));
        Show("loose to entry", () => Console.WriteLine(((Shop.Catalog.Entry)(object)new Loose()).Size()));
        Show("nested box", () => Console.WriteLine(((Loose)(object)new Shop.Box<Shop.Catalog.Entry>()).Size()));
        Show("box to loose", () => Console.WriteLine(((Loose)(object)new Shop.Box<string>()).Size()));
        Show("loose to box", () => Console.WriteLine(((Shop.Box<int>)(object)new Loose()).Label));
        Show("error to track", () => Console.WriteLine(((Shop.Track)(object)new Shop.LabelError()).Title));
        Show("track to error", () => Console.WriteLine(((Shop.LabelError)(object)track).Message));
        object text = "words";
        object flag = false;
        object count = 7;
        Show("string to track", () => Console.WriteLine(((Shop.Track)text).Title));
        Show("string to bool", () => Console.WriteLine((bool)text));
        Show("bool to string", () => Console.WriteLine((string)flag));
        Show("bool to track", () => Console.WriteLine(((Shop.Track)flag).Title));
        Show("int to string", () => Console.WriteLine((string)count));
        Show("int to bool", () => Console.WriteLine((bool)count));
        Show("int to album", () => Console.WriteLine(((Shop.Album)count).Title));
        Show("string to string", () => Console.WriteLine((string)text));
        var items = new List<Shop.Item> { new Shop.Track { Title = "a" }, new Shop.Album { Title = "b" } };
        Show("Cast<Track>", () => Console.WriteLine(string.Join(",", items.Cast<Shop.Track>().Select(t => t.Title))));
        var objects = new List<object> { "x", true };
        Show("Cast<string>", () => Console.WriteLine(string.Join(",", objects.Cast<string>())));
        Show("Cast<bool>", () => Console.WriteLine(string.Join(",", objects.Cast<bool>())));
    }

    private static void Show(string label, Action action)
    {
        try
        {
            action();
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine(label + ": " + e.Message);
        }
    }
}

using System;
using System.Collections.Generic;
using AppsScript.Interop;

public class Item
{
    public Item(string name, Item? child = null)
    {
        Name = name;
        Child = child;
    }

    public string Name { get; }
    public Item? Child { get; }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        object[] values = { "alpha", 3, new Item("root", new Item("leaf")), "beta" };
        foreach (var value in values)
        {
            if (value is string text && text.Length > 4) Console.WriteLine("long text " + text);
            else if (value is Item { Child: { } child } item) Console.WriteLine(item.Name + " has " + child.Name);
            else Console.WriteLine("other");
        }
        if (!(values[0] is string first)) return;
        Console.WriteLine("first is " + first);
        Item? current = new Item("a", new Item("b", new Item("c")));
        var path = "";
        while (current is { } node)
        {
            path += node.Name;
            current = node.Child;
        }
        Console.WriteLine(path);
        var seen = new List<string>();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is string s) seen.Add(s);
        }
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is string s && s.StartsWith("b")) seen.Add("again " + s);
        }
        Console.WriteLine(string.Join(",", seen));
        var total = 0;
        foreach (var value in values) total += value is Item it ? it.Name.Length * 100 : value is string str ? str.Length : 0;
        Console.WriteLine(total);
    }
}

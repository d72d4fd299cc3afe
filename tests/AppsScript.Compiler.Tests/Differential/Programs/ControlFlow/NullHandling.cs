using System;
using AppsScript.Interop;

public class Node
{
    public Node(string name, Node? next = null)
    {
        Name = name;
        Next = next;
    }

    public string Name { get; }
    public Node? Next { get; set; }
    public string? Note { get; set; }

    public int Depth() => 1 + (Next?.Depth() ?? 0);
}

[GlobalFunctions]
public static class Program
{
    private static string? cached;

    public static void Main()
    {
        var chain = new Node("a", new Node("b", new Node("c")));
        Console.WriteLine(chain.Next?.Next?.Name);
        Console.WriteLine($"[{chain.Next?.Next?.Next?.Name}]");
        Console.WriteLine(chain.Depth());
        Console.WriteLine(chain.Next?.Name.Length);
        Node? missing = null;
        Console.WriteLine($"[{missing?.Name}] [{missing?.Name.Length}] {missing?.Depth() ?? -1}");
        Console.WriteLine(missing?.Next?.Note ?? "no note");
        chain.Note ??= "first";
        chain.Note ??= "second";
        Console.WriteLine(chain.Note);
        chain.Next!.Note ??= "inner";
        Console.WriteLine(chain.Next.Note);
        Console.WriteLine(Cache() + " " + Cache());
        int? maybe = null;
        Console.WriteLine((maybe ?? 4) * 2);
        maybe ??= 21;
        Console.WriteLine(maybe * 2);
        string? text = null;
        Console.WriteLine(text?.Length == null ? "null length" : "has length");
        Console.WriteLine(string.Concat(text ?? "x", "y"));
        var node = Find(chain, "c");
        if (node is { Next: null }) Console.WriteLine("last node " + node.Name);
        if (Find(chain, "z") is not { } found) Console.WriteLine("not found");
        else Console.WriteLine(found.Name);
    }

    private static string Cache()
    {
        cached ??= Load();
        return cached;
    }

    private static string Load()
    {
        Console.WriteLine("loading");
        return "value";
    }

    private static Node? Find(Node? start, string name)
    {
        for (var node = start; node != null; node = node.Next)
        {
            if (node.Name == name) return node;
        }
        return null;
    }
}

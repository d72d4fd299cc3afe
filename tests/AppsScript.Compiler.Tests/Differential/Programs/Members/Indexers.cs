using System;
using System.Collections.Generic;
using AppsScript.Interop;

public class Grid
{
    private readonly string[] cells = new string?[6];
    private readonly Dictionary<string, int> named = new();

    public int Width => 3;

    public string? this[int i]
    {
        get
        {
            if (i < 0 || i >= cells.Length) throw new ArgumentOutOfRangeException(nameof(i), "no cell " + i);
            return cells[i];
        }
        set
        {
            if (i < 0 || i >= cells.Length) throw new ArgumentOutOfRangeException(nameof(i), "no cell " + i);
            Program.Log("set [" + i + "] = " + (value ?? "null"));
            cells[i] = value;
        }
    }

    public string? this[int row, int column]
    {
        get => this[row * Width + column];
        set => this[row * Width + column] = value;
    }

    public int this[string key]
    {
        get => named.TryGetValue(key, out var v) ? v : throw new KeyNotFoundException("no key " + key);
        set { Program.Log("set [" + key + "] = " + value); named[key] = value; }
    }

    public int this[string key, int fallback] => named.TryGetValue(key, out var v) ? v : fallback;
}

public interface IShelf
{
    string this[int slot] { get; }
    int Count { get; }
}

public abstract class Shelf : IShelf
{
    public abstract string this[int slot] { get; }
    public virtual int Count => 2;
}

public class BookShelf : Shelf
{
    public override string this[int slot] => "book " + slot;
}

public class LabelledShelf : BookShelf
{
    public override string this[int slot] => "[" + base[slot] + "]";
    public override int Count => 3;
}

public class Box<T>
{
    private readonly List<T> items = new();

    public T this[int i]
    {
        get => items[i];
        set
        {
            while (items.Count <= i) items.Add(value);
            items[i] = value;
        }
    }

    public int Count => items.Count;
}

public class Counters
{
    private readonly Dictionary<string, int?> values = new();

    public int? this[string name]
    {
        get { Program.Log("get " + name); return values.TryGetValue(name, out var v) ? v : null; }
        set { Program.Log("set " + name + " = " + (value?.ToString() ?? "null")); values[name] = value; }
    }
}

public class Names
{
    private readonly Dictionary<string, string?> values = new();

    public string? this[string key]
    {
        get => values.TryGetValue(key, out var v) ? v : null;
        set => values[key] = value;
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Log(string line) => Console.WriteLine(line);

    private static int calls;

    private static T Note<T>(string what, T value)
    {
        calls++;
        Console.WriteLine("eval " + what);
        return value;
    }

    public static void Main()
    {
        var grid = new Grid();
        grid[0] = "a";
        grid[1, 1] = "b";
        Console.WriteLine(grid[0] + grid[4] + (grid[5] ?? "<null>"));
        grid["x"] = 5;
        grid["x"] += 2;
        grid["x"]++;
        ++grid["x"];
        grid["x"] *= 3;
        Console.WriteLine("x = " + grid["x"] + ", y = " + grid["y", -1]);
        var post = grid["x"]++;
        var pre = ++grid["x"];
        var assigned = grid["z"] = 40;
        var compound = grid["z"] -= 1;
        Console.WriteLine($"post {post} pre {pre} assigned {assigned} compound {compound} now {grid["x"]} {grid["z"]}");
        grid[2] = "c";
        grid[2] += "d";
        Console.WriteLine(grid[2]);

        Note("receiver", grid)[Note("index", 3)] = Note("value", "e");
        Note("receiver", grid)[Note("key", "x")] += Note("step", 10);
        Note("receiver", grid)[Note("key", "x")]++;
        Console.WriteLine("x = " + grid["x"] + ", calls " + calls);

        try { grid[6] = "out"; }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("ArgumentOutOfRangeException: " + e.Message); }
        try { Console.WriteLine(grid["missing"]); }
        catch (KeyNotFoundException e) { Console.WriteLine("KeyNotFoundException: " + e.Message); }
        try { grid[-1] += "never"; }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("ArgumentOutOfRangeException: " + e.Message); }

        IShelf[] shelves = { new BookShelf(), new LabelledShelf() };
        foreach (var shelf in shelves)
        {
            for (var i = 0; i < shelf.Count; i++) Console.WriteLine(shelf[i]);
        }
        Shelf plain = new LabelledShelf();
        Console.WriteLine(plain[7]);

        var numbers = new Box<int>();
        numbers[2] = 7;
        numbers[0] += 5;
        numbers[1]--;
        Console.WriteLine($"{numbers[0]} {numbers[1]} {numbers[2]} count {numbers.Count}");
        var words = new Box<string>();
        words[1] = "two";
        Console.WriteLine(words[0] + "|" + words[1]);

        var counters = new Counters();
        counters["a"] ??= 1;
        counters["a"] ??= 2;
        var got = counters["b"] ??= 3;
        Console.WriteLine($"a {counters["a"]} b {counters["b"]} got {got}");

        Grid? none = null;
        Console.WriteLine(none?[0] ?? "null grid");
        Grid? some = grid;
        Console.WriteLine(some?[0] ?? "null grid");
        Console.WriteLine(none?["x"] is null);

        var initialised = new Grid { [0] = "first", [1, 2] = "sixth", ["k"] = 9 };
        Console.WriteLine(initialised[0] + " " + initialised[5] + " " + initialised["k"]);

        (grid[0], grid[1]) = (grid[1], grid[0]);
        Console.WriteLine(grid[0] + " " + grid[1]);
        (grid["p"], var q, grid[3]) = (1, 2, "three");
        Console.WriteLine(grid["p"] + " " + q + " " + grid[3]);

        var names = new Names();
        names["n"] = null;
        names["n"] ??= "filled";
        names["m"] += "tail";
        Console.WriteLine(names["n"] + " " + names["m"] + " " + (names["o"] ?? "none"));
    }
}

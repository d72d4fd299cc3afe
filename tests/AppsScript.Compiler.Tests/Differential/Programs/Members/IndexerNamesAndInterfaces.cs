using System;
using System.Collections.Generic;
using AppsScript.Interop;

public interface IStore<T>
{
    T this[string key] { get; set; }
    bool Has(string key);
}

public class MemoryStore<T> : IStore<T>
{
    private readonly Dictionary<string, T> items = new();
    private readonly T fallback;

    public MemoryStore(T fallback) => this.fallback = fallback;

    public T this[string key]
    {
        get => items.ContainsKey(key) ? items[key] : fallback;
        set => items[key] = value;
    }

    public bool Has(string key) => items.ContainsKey(key);
}

public class LoggingStore : MemoryStore<int>
{
    public LoggingStore() : base(-1) { }

    public string GetItem(int i) => "method GetItem(" + i + ")";

    public string SetItem(int i) => "method SetItem(" + i + ")";

    public int this[int i] => i * 10;

    public int this[int i, int scale = 3] => i * scale;

    public string this[char c] => "char " + c;

    public string this[params string[] parts] => string.Join("+", parts);
}

public abstract class Matrix
{
    public abstract double this[int row, int column] { get; set; }

    public virtual string Describe() => this[0, 0] + ", " + this[1, 1];
}

public class Identity : Matrix
{
    private readonly double[] cells = { 1, 0, 0, 1 };

    public override double this[int row, int column]
    {
        get => cells[row * 2 + column];
        set => cells[row * 2 + column] = value;
    }
}

public class Scaled : Identity
{
    public override double this[int row, int column]
    {
        get => base[row, column] * 2.5;
        set => base[row, column] = value / 2.5;
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        IStore<string> words = new MemoryStore<string>("(none)");
        words["a"] = "alpha";
        words["a"] += "!";
        Console.WriteLine(words["a"] + " " + words["b"] + " " + words.Has("b"));

        var store = new LoggingStore();
        IStore<int> counts = store;
        counts["n"] += 5;
        counts["n"]++;
        counts["m"] = counts["n"] * 2;
        Console.WriteLine(counts["n"] + " " + counts["m"] + " " + counts["zz"] + " " + store["n"]);
        Console.WriteLine(store.GetItem(1) + "; " + store.SetItem(2) + "; " + store[3] + "; " + store[3, 4] + "; " + store['q']);
        Console.WriteLine(store["x", "y", "z"] + "; " + store[new[] { "p", "q" }]);

        Matrix[] matrices = { new Identity(), new Scaled() };
        foreach (var matrix in matrices)
        {
            matrix[0, 1] = 5;
            matrix[1, 1] *= 4;
            matrix[1, 0]++;
            Console.WriteLine(matrix.Describe() + " | " + matrix[0, 1] + " " + matrix[1, 0]);
        }

        var sums = new MemoryStore<int>(0);
        foreach (var word in new[] { "b", "a", "b", "c", "b" }) sums[word]++;
        Console.WriteLine(sums["a"] + " " + sums["b"] + " " + sums["c"] + " " + sums["d"]);
        var (x, y) = (sums["a"], sums["b"]);
        (sums["a"], sums["b"]) = (y, x);
        Console.WriteLine(sums["a"] + " " + sums["b"]);
    }
}

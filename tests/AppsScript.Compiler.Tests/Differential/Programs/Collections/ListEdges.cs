using System;
using System.Collections.Generic;
using System.Linq;
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

public class Queue
{
    private readonly List<string> _items = new();

    public void Push(string item) => _items.Add(item);

    public string Pop()
    {
        var last = _items[_items.Count - 1];
        _items.RemoveAt(_items.Count - 1);
        return last;
    }

    public string Dequeue()
    {
        var first = _items[0];
        _items.RemoveAt(0);
        return first;
    }

    public int Count => _items.Count;

    public IReadOnlyList<string> Items => _items;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var list = new List<string> { "a", "b", "c" };
        list.InsertRange(3, new string[0]);
        list.InsertRange(0, new[] { "x", "y" });
        list.InsertRange(list.Count, new List<string> { "z" });
        Console.WriteLine("InsertRange at the ends: " + Show.All(list));
        list.RemoveRange(2, 0);
        list.RemoveRange(list.Count - 2, 2);
        Console.WriteLine("RemoveRange of none and of the tail: " + Show.All(list));
        list.InsertRange(1, list);
        Console.WriteLine("InsertRange of itself: " + Show.All(list));
        list.AddRange(new HashSet<string> { "s", "t" });
        list.AddRange(new[] { "u", "", "v" }.Where(s => s.Length > 0));
        Console.WriteLine("AddRange of a set and a query: " + Show.All(list));

        var queue = new Queue();
        foreach (var item in new[] { "1", "2", "3", "4" }) queue.Push(item);
        Console.WriteLine("Pop " + queue.Pop() + ", Dequeue " + queue.Dequeue() + ", left " + queue.Count + " " + Show.All(queue.Items));

        var shared = new List<int> { 1 };
        var alias = shared;
        alias.Add(2);
        Fill(shared, 3);
        Console.WriteLine("a list is passed by reference: " + Show.All(shared) + " " + Show.All(alias));
        var replaced = Replace(shared);
        Console.WriteLine("a new list from a method: " + Show.All(replaced) + " old " + Show.All(shared));

        var sums = new List<int>();
        var running = 0;
        for (var i = 0; i < 5; i++)
        {
            running += i;
            sums.Add(running);
        }
        sums[sums.Count - 1] = -sums[sums.Count - 1];
        Console.WriteLine("built in a loop: " + Show.All(sums) + " count " + sums.Count);

        var bools = new List<bool> { true };
        bools.Insert(0, false);
        Console.WriteLine("bools: " + Show.All(bools) + " " + bools.IndexOf(true) + " " + bools.Contains(false));
    }

    private static void Fill(List<int> target, int count)
    {
        for (var i = 0; i < count; i++) target.Add(i * 10);
    }

    private static List<int> Replace(List<int> source)
    {
        var result = new List<int>(source);
        result.Reverse();
        return result;
    }
}

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

    public static int Count<T>(IEnumerable<T> values)
    {
        var count = 0;
        foreach (var value in values) count++;
        return count;
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var list = new List<int> { 5, 6 };
        AddTwice(list, 7);
        Console.WriteLine("IList<T>: " + Show.All(list));
        Console.WriteLine("IReadOnlyList<T>: " + Describe(list));
        ICollection<int> collection = list;
        collection.Add(8);
        Console.WriteLine("ICollection<T>: " + collection.Count + " " + collection.Contains(8) + " " + collection.Remove(5) + " " + collection.Remove(50) + " " + Show.All(collection));
        collection.Clear();
        Console.WriteLine("cleared through ICollection<T>: " + list.Count);

        IReadOnlyCollection<string> fromSet = new HashSet<string> { "q", "r", "q" };
        Console.WriteLine("a set as IReadOnlyCollection<T> is copied: " + fromSet.Count + " " + Show.All(fromSet));
        ISet<string> set = new HashSet<string>();
        set.Add("s");
        set.Add("s");
        Console.WriteLine("ICollection<T> members of an ISet<T>: " + set.Count + " " + set.Contains("s") + " " + set.Remove("s") + " " + set.Count);

        var array = new[] { 3, 1, 2 };
        IList<int> arrayList = array;
        arrayList[0] = 30;
        Console.WriteLine("an array through IList<T>: " + arrayList.Count + " " + arrayList.IndexOf(2) + " " + array[0]);
        Console.WriteLine("IEnumerable<T> of an array, a list and a string: " + Show.Count(array) + " " + Show.Count(list) + " " + Show.Count("héllo"));
    }

    private static void AddTwice(IList<int> target, int value)
    {
        target.Add(value);
        target.Insert(0, value);
        target.RemoveAt(target.Count - 1);
        target.Add(target[0] + target.IndexOf(6));
    }

    private static string Describe(IReadOnlyList<int> values) => values.Count + " items, first " + values[0] + ", last " + values[values.Count - 1];
}

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

public class Artist
{
    public Artist(string name) { Name = name; }

    public string Name { get; }

    public override string ToString() => Name;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var seen = new HashSet<string>();
        Console.WriteLine("Add new: " + seen.Add("a") + ", Add again: " + seen.Add("a") + ", Add other: " + seen.Add("b") + ", count " + seen.Count);
        seen.Add("c");
        Console.WriteLine("Contains b: " + seen.Contains("b") + ", z: " + seen.Contains("z") + ", in insertion order " + Show.All(seen));
        Console.WriteLine("Remove b: " + seen.Remove("b") + ", again: " + seen.Remove("b") + ", count " + seen.Count);
        seen.Clear();
        Console.WriteLine("Clear: " + seen.Count + " " + Show.All(seen));

        var fromList = new HashSet<int>(new List<int> { 3, 1, 3, 2, 1 });
        Console.WriteLine("from a list with duplicates: " + Show.All(fromList) + " count " + fromList.Count);
        var copy = new HashSet<int>(fromList);
        copy.Add(10);
        Console.WriteLine("copy is separate: " + copy.Count + " vs " + fromList.Count);
        var letters = new HashSet<char>("mississippi");
        Console.WriteLine("chars of a string: " + Show.All(letters));
        var sized = new HashSet<double>(16);
        sized.Add(double.NaN);
        Console.WriteLine("NaN is one element: " + sized.Add(double.NaN) + " " + sized.Contains(double.NaN) + " " + sized.Count);
        sized.Add(0.0);
        Console.WriteLine("negative zero equals zero: " + sized.Contains(-0.0) + " " + sized.Add(-0.0));

        var names = new HashSet<string?> { "x", null };
        string? nothing = null;
        Artist? missing = null;
        Console.WriteLine("null element: " + names.Contains(nothing) + " " + names.Add(missing?.Name) + " " + names.Count + " " + names.Remove(missing?.Name) + " " + names.Count);

        var ada = new Artist("ada");
        var artists = new HashSet<Artist> { ada, new Artist("ada") };
        Console.WriteLine("objects by reference: " + artists.Count + " " + artists.Contains(ada) + " " + artists.Contains(new Artist("ada")) + " " + artists.Add(ada));

        var unique = new List<string>();
        var once = new HashSet<string>();
        foreach (var word in new[] { "to", "be", "or", "not", "to", "be" })
        {
            if (once.Add(word)) unique.Add(word);
        }
        Console.WriteLine("first occurrences: " + Show.All(unique));

        ISet<int> general = new HashSet<int> { 1, 2 };
        Console.WriteLine("through ISet: " + general.Add(2) + " " + general.Add(3) + " " + general.Count + " " + general.Contains(3) + " " + general.Remove(1) + " " + Show.All(general));
        IReadOnlySet<int> readOnly = fromList;
        Console.WriteLine("through IReadOnlySet: " + readOnly.Count + " " + readOnly.Contains(3) + " " + readOnly.IsSubsetOf(new[] { 1, 2, 3, 4 }));
    }
}

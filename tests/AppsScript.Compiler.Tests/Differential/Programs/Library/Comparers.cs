using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public sealed class ByLengthThenText : IComparer<string>
{
    public int Calls { get; private set; }

    public int Compare(string? x, string? y)
    {
        Calls++;
        if (x is null) return y is null ? 0 : -1;
        if (y is null) return 1;
        var byLength = x.Length.CompareTo(y.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }
}

public sealed class Reverse<T> : IComparer<T>
{
    private readonly IComparer<T> _inner;

    public Reverse(IComparer<T> inner)
    {
        _inner = inner;
    }

    public int Compare(T? x, T? y) => _inner.Compare(y!, x!);
}

public class Version : IComparable<Version>
{
    public Version(int major, int minor)
    {
        Major = major;
        Minor = minor;
    }

    public int Major { get; }

    public int Minor { get; }

    public int CompareTo(Version? other)
    {
        if (other is null) return 1;
        return Major != other.Major ? Major - other.Major : Minor - other.Minor;
    }

    public override string ToString() => $"{Major}.{Minor}";
}

public sealed class Release : Version
{
    public Release(int major, int minor, string name) : base(major, minor)
    {
        Name = name;
    }

    public string Name { get; }

    public override string ToString() => $"{Name} {Major}.{Minor}";
}

[GlobalFunctions]
public static class Program
{
    private static string Show<T>(IEnumerable<T> items) => "[" + string.Join(", ", items) + "]";

    public static void Main()
    {
        var words = new List<string> { "pear", "fig", "banana", "kiwi", "apple", "Fig", "date" };
        var comparer = new ByLengthThenText();
        var sorted = words.ToList();
        sorted.Sort(comparer);
        Console.WriteLine("Sort(IComparer): " + Show(sorted) + " asked " + (comparer.Calls > 0));
        var array = words.ToArray();
        Array.Sort(array, new Reverse<string>(new ByLengthThenText()));
        Console.WriteLine("Array.Sort(IComparer): " + Show(array));

        var cased = new List<string> { "b", "A", "a", "C", "B", "c" };
        var ordinal = cased.ToList();
        ordinal.Sort(StringComparer.Ordinal);
        Console.WriteLine("StringComparer.Ordinal: " + Show(ordinal));
        var ignoringCase = cased.ToList();
        ignoringCase.Sort(StringComparer.OrdinalIgnoreCase);
        Console.WriteLine("StringComparer.OrdinalIgnoreCase (stable here, as .NET's sort of six is): " + Show(ignoringCase));
        Console.WriteLine("OrderBy(OrdinalIgnoreCase): " + Show(cased.OrderBy(s => s, StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine("OrderByDescending(Ordinal): " + Show(cased.OrderByDescending(s => s, StringComparer.Ordinal)));
        Console.WriteLine("comparer values: " + StringComparer.Ordinal.Compare("a", "b") + " " + StringComparer.Ordinal.Compare("abc", "ab") + " "
            + StringComparer.OrdinalIgnoreCase.Compare("ABC", "abd") + " " + StringComparer.OrdinalIgnoreCase.Compare("x", "X") + " " + StringComparer.Ordinal.Compare(null, "a"));

        var descending = Comparer<int>.Create((a, b) => b.CompareTo(a));
        var numbers = new List<int> { 5, 3, 9, 1, 7 };
        numbers.Sort(descending);
        Console.WriteLine("Comparer.Create: " + Show(numbers) + " Compare(1, 2) = " + descending.Compare(1, 2));
        Console.WriteLine("Comparer.Default: " + Comparer<int>.Default.Compare(3, 9) + " " + Comparer<string>.Default.Compare("b", "a") + " "
            + Comparer<double>.Default.Compare(double.NaN, 1) + " " + Comparer<string?>.Default.Compare(null, "x") + " " + Comparer<char>.Default.Compare('a', 'd'));
        Console.WriteLine("OrderBy with Comparer.Create: " + Show(words.OrderBy(w => w.Length, Comparer<int>.Create((a, b) => b - a)).ThenBy(w => w, StringComparer.Ordinal)));
        Console.WriteLine("ThenByDescending with a comparer: " + Show(words.OrderBy(w => w[0]).ThenByDescending(w => w, new ByLengthThenText())));
        Console.WriteLine("Order(comparer): " + Show(words.Order(new ByLengthThenText())) + " " + Show(new[] { 3, 1, 2 }.OrderDescending(Comparer<int>.Default)));
        IComparer<string> asInterface = new ByLengthThenText();
        Console.WriteLine("through the interface: " + asInterface.Compare("aa", "b") + " " + asInterface.Compare(null, null));
        var withNulls = new List<string?> { "b", null, "a", null };
        withNulls.Sort(new ByLengthThenText());
        Console.WriteLine("nulls with a comparer: " + Show(withNulls.Select(s => s ?? "null")));
        var nullComparer = new List<int> { 3, 1, 2 };
        nullComparer.Sort((IComparer<int>?)null);
        Console.WriteLine("a null comparer is the default: " + Show(nullComparer));

        var versions = new List<Version> { new(2, 1), new(1, 10), new Release(1, 2, "beta"), new(2, 0), new(1, 2) };
        var byDefault = versions.ToList();
        byDefault.Sort();
        Console.WriteLine("IComparable Sort(): " + Show(byDefault));
        Console.WriteLine("IComparable OrderBy(x => x): " + Show(versions.OrderBy(v => v)) + " descending " + Show(versions.OrderByDescending(v => v)));
        Console.WriteLine("IComparable Min/Max: " + versions.Min() + " " + versions.Max() + " MinBy " + versions.MinBy(v => v) + " Order " + Show(versions.Order()));
        Console.WriteLine("IComparable Comparer.Default: " + Comparer<Version>.Default.Compare(new Version(1, 5), new Version(1, 2)) + " " + Comparer<Version>.Default.Compare(null, new Version(0, 0)));
        Console.WriteLine("IComparable BinarySearch: " + byDefault.BinarySearch(new Version(2, 0)) + " " + byDefault.BinarySearch(new Version(1, 5)));
        var withNullVersion = new List<Version?> { new(3, 0), null, new(1, 0) };
        Console.WriteLine("IComparable with null: " + Show(withNullVersion.OrderBy(v => v).Select(v => v?.ToString() ?? "null")) + " Max " + withNullVersion.Max());
        Console.WriteLine("IComparable keys in tuples: " + Show(versions.OrderBy(v => (v.Major, v)).Select(v => v.ToString())));
        Console.WriteLine("empty Max of a class: " + (new List<Version>().Max()?.ToString() ?? "null"));

        var ordinalMap = new Dictionary<string, int>(StringComparer.Ordinal) { ["a"] = 1, ["A"] = 2 };
        ordinalMap["a"] += 10;
        Console.WriteLine("Ordinal dictionary: " + ordinalMap.Count + " " + ordinalMap["a"] + " " + ordinalMap["A"] + " " + ordinalMap.ContainsKey("b"));
        var ordinalSet = new HashSet<string>(new[] { "x", "X", "x" }, StringComparer.Ordinal);
        var defaultSet = new HashSet<string>(EqualityComparer<string>.Default) { "q", "q" };
        var emptyOrdinal = new HashSet<string>(StringComparer.Ordinal);
        Console.WriteLine("Ordinal sets: " + ordinalSet.Count + " " + defaultSet.Count + " " + emptyOrdinal.Count + " " + ordinalSet.Contains("X"));
    }
}

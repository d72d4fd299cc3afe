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

public class User
{
    public User(string name, string country) { Name = name; Country = country; }

    public string Name { get; }

    public string? Country { get; }

    public override string ToString() => Name;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine("ints: " + Show.All(new[] { 3, 1, 3, 2, 1, 3 }.Distinct()));
        Console.WriteLine("strings keep the first: " + Show.All(new List<string> { "b", "a", "B", "b", "é", "é", "😀", "😀" }.Distinct()));
        Console.WriteLine("doubles: " + Show.All(new[] { double.NaN, 0.0, -0.0, double.NaN, 1 }.Distinct().Select(d => $"{d}")));
        var users = new List<User> { new User("ann", "se"), new User("bob", "no"), new User("cid", "se"), new User("dan", null!) };
        User? ghost = null;
        var countries = users.Select(u => u.Country).Append(ghost?.Country).Append(null);
        Console.WriteLine("nulls made different ways are one: " + countries.Distinct().Count() + " " + Show.All(countries.Distinct().Select(c => c ?? "null")));
        var same = users[0];
        Console.WriteLine("objects by reference: " + new[] { same, same, new User("ann", "se") }.Distinct().Count());
        Console.WriteLine("DistinctBy country: " + Show.All(users.DistinctBy(u => u.Country)));
        Console.WriteLine("DistinctBy length: " + Show.All(new[] { "a", "bb", "c", "dd", "eee" }.DistinctBy(s => s.Length)));
        Console.WriteLine("chars: " + Show.All("banana".Distinct()));
        Console.WriteLine("set already distinct: " + Show.All(new HashSet<int> { 2, 1 }.Distinct()));
        Console.WriteLine("empty: " + new List<string>().Distinct().Count());
    }
}

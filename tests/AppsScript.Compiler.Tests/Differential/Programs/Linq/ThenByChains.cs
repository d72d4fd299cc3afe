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

public class Row
{
    public Row(string name, bool starred, double score, int? rank) { Name = name; Starred = starred; Score = score; Rank = rank; }

    public string Name { get; }

    public bool Starred { get; }

    public double Score { get; }

    public int? Rank { get; }

    public override string ToString() => Name;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var rows = new List<Row>
        {
            new Row("a", false, 2.5, 3), new Row("b", true, 2.5, null), new Row("c", true, 9.0, 1), new Row("d", false, 2.5, null),
            new Row("e", true, 2.5, 3), new Row("f", false, -1.0, 2), new Row("g", true, 9.0, null),
        };
        Console.WriteLine("starred first, then score desc: " + Show.All(rows.OrderByDescending(r => r.Starred).ThenByDescending(r => r.Score)));
        Console.WriteLine("nullable rank, nulls first: " + Show.All(rows.OrderBy(r => r.Rank).ThenBy(r => r.Name)));
        Console.WriteLine("nullable rank desc, nulls last: " + Show.All(rows.OrderByDescending(r => r.Rank).ThenByDescending(r => r.Name)));
        Console.WriteLine("all ties keep order: " + Show.All(rows.OrderBy(r => 0).ThenBy(r => "")));
        Console.WriteLine("Order then ThenBy: " + Show.All(new[] { 3, 1, 2, 1 }.Order().ThenByDescending(n => -n)));
        Console.WriteLine("OrderBy of a sorted result: " + Show.All(rows.OrderBy(r => r.Name).Where(r => r.Starred).OrderBy(r => r.Score)));
        var ordered = rows.OrderBy(r => r.Score).ThenBy(r => r.Name).ToList();
        ordered.Reverse();
        Console.WriteLine("materialised then reversed: " + Show.All(ordered));
        var byKey = rows.Select(r => (Key: r.Starred ? "s" : "u", Row: r)).OrderBy(p => p.Key).ThenBy(p => p.Row.Score).Select(p => p.Row);
        Console.WriteLine("through tuples: " + Show.All(byKey));
    }
}

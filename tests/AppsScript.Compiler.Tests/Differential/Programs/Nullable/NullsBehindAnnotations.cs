using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AppsScript.Interop;
using Newtonsoft.Json;

public record Song(string Name, string Id);

public delegate string Namer(int n);

public class Label
{
    private readonly string _text;

    public Label(string text) => _text = text;

    public string Text => _text;

    public string Shout() => _text.Length > 3 ? _text.ToUpperInvariant() : "short";

    public virtual string Describe() => $"label {_text}";
}

public class Quiet : Label
{
    public Quiet() : base("quiet") { }

    public override string Describe() => null!;
}

[GlobalFunctions]
public static class Program
{
    private static string Echo(string s) => s;

    private static string Made(int n) => n > 0 ? "positive" : $"{n}";

    public static void Main()
    {
        // A value annotated as not null is null where JSON leaves a member out or sets an element to null: .NET prints it as "".
        var song = JsonConvert.DeserializeObject<Song>("{\"id\":\"x\"}")!;
        var name = song.Name;
        Console.WriteLine($"[{song.Name}] [{name}] [{Echo(song.Name)}] [" + name + "]");
        var names = JsonConvert.DeserializeObject<List<string>>("[null,\"a\"]")!;
        Console.WriteLine($"[{names[0]}]");
        foreach (var each in names) Console.WriteLine($"<{each}>");
        Console.WriteLine(string.Join(",", names.Select(s => $"({s})")) + names.First() + names[0]);
        var byKey = JsonConvert.DeserializeObject<Dictionary<string, string>>("{\"k\":null}")!;
        Console.WriteLine($"[{byKey["k"]}]" + byKey["k"] + byKey.Values.First());
        var first = names.FirstOrDefault() ?? "fallback";
        Console.WriteLine($"{first} {first.Length}");

        // Nulls the program makes itself: null!, an array's slots, a field never set, an override that returns null.
        string forced = null!;
        var slots = new string[2];
        var text = "start";
        text += forced;
        text += slots[1];
        Console.WriteLine($"[{forced}] [{slots[0]}] {text} {string.Concat(forced, "|", slots[1])}");
        var builder = new StringBuilder();
        builder.Append(forced).Append(slots[0]).Append('.');
        Console.WriteLine(builder.ToString() + builder.Length);
        var label = new Label(null!);
        Console.WriteLine($"[{label.Text}] [{label.Describe()}] [{new Quiet().Describe()}]");
        Label maybe = new Quiet();
        Console.WriteLine($"[{maybe.Describe()}] {Made(1)} {Made(-2)} {new Label("long text").Shout()}");
        var replaced = "a-b".Replace("-", forced);
        Console.WriteLine(replaced + string.Join(forced, new[] { "x", "y" }) + Convert.ToString(forced) + "|");
        Namer namer = n => n > 0 ? "named" : null!;
        Console.WriteLine($"[{namer(1)}] [{namer(0)}]");
        var kept = "kept";
        if (kept.Length > 10) kept = forced;
        Console.WriteLine($"[{kept}]");
    }
}

using System;
using System.Collections.Generic;
using System.Text;
using AppsScript.Interop;

public class Song
{
    public Song(string title) { Title = title; }

    public string Title { get; }

    public override string ToString() => "<" + Title + ">";
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var sb = new StringBuilder();
        string? nothing = null;
        object boxed = 1.5;
        sb.Append("text ").Append(42).Append(' ').Append(-7L).Append(' ').Append(0.1 + 0.2).Append(' ').Append(true).Append(' ').Append(1e20);
        sb.Append(' ').Append(nothing).Append(boxed).Append(' ').Append(new Song("a")).Append(' ').Append((object?)null).Append('|');
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length);
        var lines = new StringBuilder("header");
        lines.AppendLine();
        lines.AppendLine("first");
        lines.AppendLine(nothing);
        lines.Append('-', 3).AppendLine();
        var count = 3;
        var ratio = 2.0 / 3;
        lines.Append($"count={count} ratio={ratio:F2} flag={count > 2} [{nothing}] [{count,4}]");
        lines.AppendLine($" end {ratio}");
        lines.AppendFormat("{0}-{1:D3}-{2}", "fmt", 7, false).AppendLine();
        lines.AppendJoin(", ", "a", "b", "c").AppendLine();
        var values = new List<double>();
        values.Add(0.5);
        values.Add(-0.0);
        lines.AppendJoin('/', values).Append(new[] { 'x', 'y' });
        Console.WriteLine(lines.ToString());
        var other = new StringBuilder("inner");
        var outer = new StringBuilder("outer:").Append(other);
        Console.WriteLine(outer + " | " + $"{other}" + " | " + outer.Length);
    }
}

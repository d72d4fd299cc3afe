using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Show("a,b,,c", "a,b,,c".Split(','));
        Show("a, b, c by string", "a, b, c".Split(", "));
        Show("no separator", "abc".Split(','));
        Show("empty text", "".Split(','));
        Show("edges", ",a,".Split(','));
        Show("several chars", "a,b;c d".Split(',', ';', ' '));
        Show("char array", "a,b;c".Split(new[] { ';', ',' }));
        Show("whitespace", " a\tb\nc  d ".Split());
        Show("null chars", "a b\tc".Split((char[]?)null));
        Show("empty string separator", "abc".Split(""));
        Show("string array", "a<>b<=>c<<>>d".Split(new[] { "<=>", "<>", "<" }, StringSplitOptions.None));
        Show("overlapping", "aaaa".Split("aa"));
        Show("emoji", "😀|😁|".Split('|'));
        var line = "title=Road Trip;tracks=12";
        foreach (var pair in line.Split(';'))
        {
            var parts = pair.Split('=');
            Console.WriteLine(parts[0] + " => " + parts[1]);
        }
    }

    private static void Show(string label, string[] parts)
    {
        var count = 0;
        foreach (var _ in parts) count++;
        Console.WriteLine(label + ": " + count + " [" + string.Join("|", parts) + "]");
    }
}

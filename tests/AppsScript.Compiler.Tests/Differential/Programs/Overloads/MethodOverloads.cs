using System;
using System.Collections.Generic;
using AppsScript.Interop;

public class Formatter
{
    private readonly string prefix;

    public Formatter(string prefix)
    {
        this.prefix = prefix;
    }

    public string Format() => prefix + "()";

    public string Format(int value) => prefix + "(int " + value + ")";

    public string Format(long value) => prefix + "(long " + value + ")";

    public string Format(double value) => prefix + "(double " + value + ")";

    public string Format(string text) => prefix + "(string " + text + ")";

    public string Format(object? value) => prefix + "(object " + (value == null ? "null" : "x") + ")";

    public string Format(string text, int times) => prefix + "(string, int " + string.Concat(System.Linq.Enumerable.Repeat(text, times)) + ")";

    public string Format(int value, string suffix = "!") => prefix + "(int, optional " + value + suffix + ")";

    public string Format(params int[] values) => prefix + "(params " + string.Join("+", values) + ")";

    // Overloads of a static method beside the instance ones.
    public static string Format(bool flag) => "static(bool " + flag + ")";

    public static string Format(bool flag, bool other) => "static(bool, bool " + flag + " " + other + ")";

    // A private overload numbered like the public ones.
    private string Describe(int n) => "Describe(int " + n + ")";

    public string Describe(string s) => "Describe(string " + s + ") " + Describe(s.Length);

    // Calls from inside, on this.
    public string All() => Format() + " " + Format(1) + " " + Format("a") + " " + Format(1, 2, 3);
}

public static class Text
{
    // Overloads of a static class, optional parameters on some.
    public static string Pad(string s) => Pad(s, 6);

    public static string Pad(string s, int width) => Pad(s, width, '.');

    public static string Pad(string s, int width, char fill) => s.PadLeft(width, fill);

    public static string Pad(int n, int width = 4) => n.ToString().PadLeft(width, '0');

    public static string Join(List<string> parts) => string.Join(",", parts);

    public static string Join(List<int> parts) => string.Join("+", parts);

    public static string Join(string separator, List<string> parts) => string.Join(separator, parts);
}

public class Generic
{
    public string Show<T>(T value) => "Show<T>(" + value + ")";

    public string Show(int value) => "Show(int " + value + ")";

    public string Show<T>(List<T> values) => "Show<T>(List " + values.Count + ")";

    public string Show<T, U>(T a, U b) => "Show<T, U>(" + a + ", " + b + ")";
}

public class Box<T>
{
    private readonly List<T> items = new();

    public Box<T> Put(T item)
    {
        items.Add(item);
        return this;
    }

    public Box<T> Put(T first, T second) => Put(first).Put(second);

    public Box<T> Put(List<T> many)
    {
        foreach (var item in many) Put(item);
        return this;
    }

    public int Count => items.Count;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var f = new Formatter("f");
        Console.WriteLine(f.Format());
        Console.WriteLine(f.Format(42));
        Console.WriteLine(f.Format(42L));
        Console.WriteLine(f.Format(4.5));
        Console.WriteLine(f.Format("x"));
        Console.WriteLine(f.Format((object?)null));
        Console.WriteLine(f.Format(new List<int>()));
        Console.WriteLine(f.Format("ab", 3));
        Console.WriteLine(f.Format(7, "?"));
        Console.WriteLine(f.Format(1, 2, 3));
        Console.WriteLine(f.Format(value: 9, suffix: "#"));
        Console.WriteLine(Formatter.Format(true));
        Console.WriteLine(Formatter.Format(true, false));
        Console.WriteLine(f.Describe("four"));
        Console.WriteLine(f.All());

        Console.WriteLine(Text.Pad("a"));
        Console.WriteLine(Text.Pad("b", 3));
        Console.WriteLine(Text.Pad("c", 4, '*'));
        Console.WriteLine(Text.Pad(7));
        Console.WriteLine(Text.Pad(7, 6));
        Console.WriteLine(Text.Join(new List<string> { "a", "b" }));
        Console.WriteLine(Text.Join(new List<int> { 1, 2 }));
        Console.WriteLine(Text.Join("|", new List<string> { "a", "b" }));

        var g = new Generic();
        Console.WriteLine(g.Show("s"));
        Console.WriteLine(g.Show(3));
        Console.WriteLine(g.Show<int>(3));
        Console.WriteLine(g.Show(new List<string> { "x", "y" }));
        Console.WriteLine(g.Show(1, "two"));

        var box = new Box<string>().Put("a").Put("b", "c").Put(new List<string> { "d", "e" });
        Console.WriteLine(box.Count);

        // Method groups and delegates pick the overload the delegate type selects.
        Func<int, string> ofInt = f.Format;
        Func<string, string> ofString = f.Format;
        Func<string, int, string> pad = Text.Pad;
        Func<bool, string> ofBool = Formatter.Format;
        Console.WriteLine(ofInt(5) + " " + ofString("s") + " " + pad("p", 3) + " " + ofBool(false));
        var lengths = new List<string> { "a", "bb" }.ConvertAll<string>(f.Format);
        Console.WriteLine(string.Join(";", lengths));
        Console.WriteLine(string.Join(";", new List<int> { 1, 2 }.ConvertAll<string>(f.Format)));
        Console.WriteLine(Apply(f.Format, 11) + " " + Apply(f.Format, "t"));
    }

    private static string Apply(Func<int, string> format, int value) => "int:" + format(value);

    private static string Apply(Func<string, string> format, string value) => "string:" + format(value);
}

using System;
using System.Collections.Generic;
using AppsScript.Interop;

public class Box<T>
{
    public T Value { get; set; }
}

public class Holder<T>
{
    private T _item;
    public T Item => _item;
    public bool Has { get; private set; }
    public void Set(T item) { _item = item; Has = true; }
    public void Clear() { _item = default; Has = false; }
    public T OrDefault() => Has ? _item : default(T);
}

[GlobalFunctions]
public static class Program
{
    private static T FirstOr<T>(List<T> items) => items.Count > 0 ? items[0] : default;

    public static void Main()
    {
        var a = new Box<int>();
        var b = new Box<string>();
        var c = new Box<bool>();
        Console.WriteLine($"{a.Value} [{b.Value}] {c.Value}");
        Console.WriteLine(FirstOr(new List<int>()));
        Console.WriteLine(FirstOr(new List<string>()) ?? "null");
        var h = new Holder<double>();
        Console.WriteLine(h.OrDefault());
        h.Set(2.5);
        Console.WriteLine(h.Item);
        h.Clear();
        Console.WriteLine(h.Item);
    }
}

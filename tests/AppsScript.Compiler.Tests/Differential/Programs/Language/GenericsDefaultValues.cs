using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public class Box<T>
{
    public T Value { get; set; }
    public bool Set { get; set; }
}

public record Result<T>(bool Ok, T Value, string? Error)
{
    public static Result<T> Success(T value) => new(true, value, null);
    public static Result<T> Failure(string error) => new(false, default!, error);
}

public class Page<T>
{
    public List<T> Items { get; set; } = new();
    public T First { get; set; }
    public int Total { get; set; }
}

public class Slot<T>
{
    private T _item;
    private bool _has;

    public Slot(T item)
    {
        _item = item;
        _has = true;
    }

    public void Clear()
    {
        _item = default!;
        _has = false;
    }

    public T OrDefault() => _has ? _item : default!;

    public T OrDefaultTwice() => OrDefault() ?? OrDefault();

    public List<T> Padded(int size)
    {
        var list = new List<T>();
        for (var i = 0; i < size; i++) list.Add(i == 0 ? OrDefault() : default!);
        return list;
    }

    public static T Missing() => default!;

    public TOut Map<TOut>(Func<T, TOut> map) => _has ? map(_item) : default!;
}

public class Cache<T>
{
    private T _value;
    private bool _loaded;
    public T Peek => _value;
    public int Loads { get; private set; }

    public T Get(Func<T> load)
    {
        if (!_loaded)
        {
            _value = load();
            _loaded = true;
            Loads++;
        }
        return _value;
    }
}

public class CountedCache<T> : Cache<T>
{
    public string Name { get; }

    public CountedCache(string name)
    {
        Name = name;
    }
}

public class IntCache : Cache<int>
{
}

public enum Colour { Red = 1, Green = 2 }

public static class Generic
{
    public static T FirstOr<T>(List<T> items) => items.Count > 0 ? items[0] : default!;

    public static T? LastOrNothing<T>(IEnumerable<T> items) => items.LastOrDefault();

    public static T Pick<T>(bool take, T value)
    {
        T result = default!;
        if (take) result = value;
        return result;
    }

    public static T Chain<T>(List<T> items) => FirstOr(items);

    public static (T, TOther) Pair<T, TOther>() => (default!, default!);

    public static T[] Blank<T>(int size) => new T[size];

    public static T Reset<T>(ref T value)
    {
        var old = value;
        value = default!;
        return old;
    }

    public static T Nested<T>(int depth)
    {
        T Inner() => depth > 0 ? Nested<T>(depth - 1) : default!;
        return Inner();
    }

    public static T Of<T>(List<T> items, int index) where T : class => index < items.Count ? items[index] : default!;

    public static T? Maybe<T>(bool has, T value) where T : struct => has ? value : default(T?);

    public static Func<List<T>, T> Getter<T>() => FirstOr;

    public static T FirstOf<T>(params T[] items) => items.Length > 0 ? items[0] : default!;

    public static T OrNone<T>(this List<T> items, int index) => index < items.Count ? items[index] : default!;
}

[GlobalFunctions]
public static class Program
{
    private static T Local<T>(T[] values, int index) => index < values.Length ? values[index] : default!;

    public static void Main()
    {
        var a = new Box<int>();
        var b = new Box<string>();
        var c = new Box<bool>();
        var d = new Box<double> { Set = true };
        var e = new Box<char>();
        var f = new Box<Colour>();
        var g = new Box<int?>();
        var h = new Box<long> { Value = 4 };
        Console.WriteLine($"{a.Value} [{b.Value}] {c.Value} {d.Value} {d.Set} {(int)e.Value} {f.Value} [{g.Value}] {h.Value}");
        Console.WriteLine(b.Value == null);

        var ok = Result<int>.Success(5);
        var failed = Result<int>.Failure("nope");
        var failedText = Result<string>.Failure("gone");
        var failedFlag = Result<bool>.Failure("flag");
        Console.WriteLine($"{ok.Ok} {ok.Value} | {failed.Ok} {failed.Value} {failed.Error} | {failedText.Value == null} | {failedFlag.Value}");

        var page = new Page<int> { Total = 2 };
        var names = new Page<string>();
        Console.WriteLine($"{page.Items.Count} {page.First} {page.Total} {names.First == null}");

        var slot = new Slot<int>(3);
        var text = new Slot<string>("s");
        Console.WriteLine($"{slot.OrDefault()} {text.OrDefault()}");
        slot.Clear();
        text.Clear();
        Console.WriteLine($"{slot.OrDefault()} {text.OrDefault() == null} {slot.OrDefaultTwice()} {string.Join(",", slot.Padded(3))}");
        Console.WriteLine($"{Slot<bool>.Missing()} {Slot<double>.Missing()} {Slot<string>.Missing() == null}");
        Console.WriteLine($"{slot.Map(x => x + 1)} {new Slot<int>(4).Map(x => x * 2.5)} {new Slot<int>(4).Map(x => x > 3)} {text.Map(t => t.Length)}");

        var cache = new Cache<int>();
        var cachedNames = new Cache<string>();
        var flags = new Cache<bool>();
        Console.WriteLine($"{cache.Peek} {cachedNames.Peek == null} {flags.Peek}");
        Console.WriteLine($"{cache.Get(() => 5)} {cache.Get(() => 6)} {cache.Loads} {cachedNames.Get(() => "n")}");
        var counted = new CountedCache<double>("d");
        var ints = new IntCache();
        Console.WriteLine($"{counted.Name} {counted.Peek} {ints.Peek} {new CountedCache<string>("s").Peek == null}");

        Console.WriteLine(Generic.FirstOr(new List<int>()));
        Console.WriteLine(Generic.FirstOr(new List<int> { 7 }));
        Console.WriteLine(Generic.FirstOr(new List<string>()) ?? "null");
        Console.WriteLine(Generic.FirstOr(new List<bool>()));
        Console.WriteLine(Generic.FirstOr(new List<double>()));
        Console.WriteLine(Generic.FirstOr(new List<Colour>()));
        Console.WriteLine(Generic.LastOrNothing(new[] { 1, 2 }) + " " + Generic.LastOrNothing(new int[0]));
        Console.WriteLine(Generic.Pick(false, 3) + " " + Generic.Pick(true, 3) + " [" + (Generic.Pick(false, "x") ?? "null") + "]");
        Console.WriteLine(Generic.Chain(new List<int>()) + " " + (Generic.Chain(new List<string>()) == null));
        var pair = Generic.Pair<int, string>();
        Console.WriteLine($"{pair.Item1} {pair.Item2 == null}");
        Console.WriteLine(string.Join(",", Generic.Blank<int>(3)) + " " + string.Join(",", Generic.Blank<bool>(2)) + " " + Generic.Blank<string>(2).Count(s => s == null));
        var counter = 9;
        Console.WriteLine(Generic.Reset(ref counter) + " " + counter);
        var label = "label";
        Console.WriteLine(Generic.Reset(ref label) + " " + (label == null));
        Console.WriteLine(Generic.Nested<int>(3) + " " + (Generic.Nested<string>(2) == null));
        Console.WriteLine((Generic.Of(new List<string> { "a" }, 3) == null) + " " + Generic.Of(new List<string> { "a" }, 0));
        Console.WriteLine(Generic.Maybe(true, 4) + " [" + Generic.Maybe(false, 4) + "]");
        Console.WriteLine(Generic.Getter<int>()(new List<int>()) + " " + Generic.Getter<int>()(new List<int> { 2 }));
        Func<List<bool>, bool> first = Generic.FirstOr;
        Console.WriteLine(first(new List<bool>()));
        Console.WriteLine(Local(new[] { 1 }, 5) + " " + (Local(new[] { "s" }, 5) == null));
        T Twice<T>(T[] values, int index) => Local(values, index);
        Console.WriteLine(Twice(new[] { 1.5 }, 0) + " " + Twice(new[] { 1.5 }, 1));
        T Blank<T>() => default!;
        Func<long> blankLong = Blank<long>;
        Func<bool> blankFlag = Blank<bool>;
        Console.WriteLine(blankLong() + " " + blankFlag() + " " + (Blank<string>() == null));
        Console.WriteLine(Generic.FirstOf<int>() + " " + Generic.FirstOf(3, 4) + " " + (Generic.FirstOf<string>() == null) + " " + Generic.FirstOf(new[] { 2.5 }));
        var someNumbers = new List<int> { 5 };
        Func<int, int> orNone = someNumbers.OrNone;
        Console.WriteLine(someNumbers.OrNone(0) + " " + someNumbers.OrNone(3) + " " + orNone(0) + " " + orNone(7));
    }
}

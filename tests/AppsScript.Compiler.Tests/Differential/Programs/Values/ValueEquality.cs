using System;
using System.Collections.Generic;
using AppsScript.Interop;

public record Track(string Id, string? Title, int Seconds);

public record Rated(string Name, double Rating, long Plays, char Grade, bool Live, DateTime Added);

public record Holder(Track? Track, (int, string) Pair, List<int> Numbers);

public record Animal(string Name)
{
    public string Describe() => "animal " + Name;
}

public record Dog(string Name, bool Barks) : Animal(Name);

public record Cat(string Name) : Animal(Name);

public record Caseless(string Name)
{
    public virtual bool Equals(Caseless? other) => other is not null && other.Name.ToLowerInvariant() == Name.ToLowerInvariant();

    public override int GetHashCode() => Name.Length;
}

public class Box
{
    public int Size;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var a = new Track("t1", "Intro", 95);
        var b = new Track("t1", "Intro", 95);
        var c = a with { Seconds = 96 };
        Track? none = null;
        Console.WriteLine($"{a == b} {a != b} {a == c} {a != c} {a.Equals(b)} {a.Equals(c)} {a.Equals(null)}");
        Console.WriteLine($"{a == none} {none == a} {none == null} {Equals(a, b)} {Equals(none, a)}");
        Console.WriteLine($"{a.GetHashCode() == b.GetHashCode()} {new Track("x", null, 1) == new Track("x", null, 1)} {new Track("x", null, 1) == new Track("x", "", 1)}");
        Console.WriteLine($"{new Track("a\"b", "c", 1) == new Track("a", "\"b c", 1)}");

        var nan = new Rated("r", double.NaN, 1L, 'x', true, new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        Console.WriteLine($"NaN record {nan == nan with { }} zero {new Rated("z", 0.0, 0, 'a', false, default) == new Rated("z", -0.0, 0, 'a', false, default)}");
        Console.WriteLine($"differs {nan == nan with { Grade = 'y' }} {nan == nan with { Added = nan.Added.AddDays(1) }} {nan == nan with { Live = false }}");

        var box = new Box();
        var numbers = new List<int> { 1 };
        var h1 = new Holder(a, (1, "x"), numbers);
        Console.WriteLine($"holder {h1 == new Holder(b, (1, "x"), numbers)} {h1 == new Holder(c, (1, "x"), numbers)} {h1 == new Holder(a, (1, "x"), new List<int> { 1 })}");
        Console.WriteLine($"holder null {h1 == h1 with { Track = null }} {h1 with { Track = null } == new Holder(null, (1, "x"), numbers)}");

        Animal dog = new Dog("Rex", true);
        Animal cat = new Cat("Rex");
        Animal animal = new Animal("Rex");
        Console.WriteLine($"inheritance {dog == cat} {dog == animal} {animal == new Animal("Rex")} {dog == new Dog("Rex", true)} {dog == new Dog("Rex", false)} {dog.Equals(new Dog("Rex", true))}");
        Console.WriteLine($"{dog.Describe()} {animal.GetHashCode() == new Animal("Rex").GetHashCode()}");

        var loud = new Caseless("LOUD");
        Console.WriteLine($"own Equals {loud == new Caseless("loud")} {loud != new Caseless("quiet")} {loud.Equals(new Caseless("Loud"))}");

        var t1 = (1, "a");
        var t2 = (1, "a");
        Console.WriteLine($"tuples {t1 == t2} {t1 != t2} {t1 == (2, "a")} {t1.Equals(t2)} {t1.Equals((1, "b"))} {t1.GetHashCode() == t2.GetHashCode()}");
        var n1 = (double.NaN, 1);
        Console.WriteLine($"NaN tuple == {n1 == n1} Equals {n1.Equals(n1)}");
        var nested = (1, (2, "x"));
        Console.WriteLine($"nested {nested == (1, (2, "x"))} {nested == (1, (3, "x"))}");
        (string?, int) withNull = (null, 1);
        Console.WriteLine($"null element {withNull == (null, 1)} {withNull == ("", 1)}");
        Console.WriteLine($"record element {(a, 1) == (b, 1)} {(a, 1) == (c, 1)} {(a, 1).Equals((b, 1))}");
        Console.WriteLine($"mixed {(1, 2L) == (1L, 2)}");

        var x = new { Name = "x", N = 1 };
        var y = new { Name = "x", N = 1 };
        Console.WriteLine($"anonymous {x.Equals(y)} {x.Equals(new { Name = "x", N = 2 })} {x.GetHashCode() == y.GetHashCode()} {x == y}");
        var kv = new KeyValuePair<string, int>("k", 1);
        Console.WriteLine($"pair {kv.Equals(new KeyValuePair<string, int>("k", 1))} {kv.Equals(new KeyValuePair<string, int>("k", 2))}");
    }
}

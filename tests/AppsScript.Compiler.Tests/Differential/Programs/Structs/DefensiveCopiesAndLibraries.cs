using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public struct Coordinate : IComparable<Coordinate>
{
    public static readonly Coordinate Origin = new Coordinate(0, 0);
    public static Coordinate Last;
    public static int Moves;

    static Coordinate()
    {
        Last = new Coordinate(-1, -1);
        Last.Shift(1);
    }

    public Coordinate(int lat, int lon)
    {
        Lat = lat;
        Lon = lon;
    }

    public int Lat { get; set; }
    public int Lon { get; private set; }

    public bool IsOrigin => Lat == 0 && Lon == 0;

    public void Shift(int by)
    {
        Lat += by;
        Lon -= by;
        Moves++;
    }

    public int CompareTo(Coordinate other) => Lat != other.Lat ? Lat.CompareTo(other.Lat) : Lon.CompareTo(other.Lon);

    public override string ToString() => $"[{Lat};{Lon}]";
}

public class Route
{
    private readonly Coordinate _start = new Coordinate(5, 5);
    private Coordinate _end = new Coordinate(9, 9);

    public Coordinate Start => _start;

    public Coordinate End
    {
        get => _end;
        set => _end = value;
    }

    public void ShiftAll()
    {
        _start.Shift(1);
        _end.Shift(1);
    }

    public string Show() => $"{_start} {_end}";
}

[GlobalFunctions]
public static class Program
{
    static string Peek(in Coordinate c)
    {
        c.Shift(10);
        return c.ToString();
    }

    static void Twice(ref Coordinate c)
    {
        c.Shift(1);
        c.Shift(1);
    }

    public static void Main()
    {
        Console.WriteLine($"statics: {Coordinate.Origin} {Coordinate.Last} {Coordinate.Moves}");
        Coordinate.Origin.Shift(3);
        Coordinate.Last.Shift(3);
        Console.WriteLine($"static fields: {Coordinate.Origin} {Coordinate.Last} {Coordinate.Moves}");

        var here = new Coordinate(1, 2);
        here.Lat = 7;
        Console.WriteLine($"in: {Peek(here)} {here}");
        Twice(ref here);
        Console.WriteLine($"ref: {here} {here.IsOrigin} {default(Coordinate).IsOrigin}");

        var route = new Route();
        route.ShiftAll();
        route.Start.Shift(100);
        route.End.Shift(100);
        Console.WriteLine($"route: {route.Show()} {route.Start} {route.End}");
        var end = route.End;
        end.Shift(1);
        route.End = end;
        end.Shift(1);
        Console.WriteLine($"route end: {route.End} {end}");

        var queue = new Queue<Coordinate>();
        queue.Enqueue(here);
        queue.Enqueue(new Coordinate(3, 3));
        here.Shift(1);
        var peeked = queue.Peek();
        peeked.Shift(1);
        Console.WriteLine($"queue: {queue.Peek()} {peeked} {here}");
        var taken = queue.Dequeue();
        taken.Shift(1);
        if (queue.TryDequeue(out var next))
        {
            next.Shift(1);
            Console.WriteLine($"dequeued: {taken} {next} {queue.Count}");
        }
        var stack = new Stack<Coordinate>(new[] { here, taken });
        var popped = stack.Pop();
        popped.Shift(1);
        Console.WriteLine($"stack: {popped} {stack.Peek()}");

        var places = new Dictionary<string, Coordinate> { ["home"] = here, ["work"] = new Coordinate(4, 4) };
        foreach (var pair in places)
        {
            var value = pair.Value;
            value.Shift(1);
            pair.Value.Shift(1);
            Console.WriteLine($"{pair.Key}: {pair.Value} {value}");
        }
        foreach (var value in places.Values)
        {
            value.Shift(1);
            Console.WriteLine($"value: {value}");
        }
        Console.WriteLine($"places: {places["home"]} {places["work"]}");

        var list = new List<Coordinate> { new Coordinate(2, 1), new Coordinate(1, 5), new Coordinate(1, 2) };
        list.Sort();
        Console.WriteLine($"sorted: {string.Join(" ", list)} {list.Min()} {list.Max()}");
        var ordered = list.OrderByDescending(c => c).ToList();
        ordered[0].Shift(1);
        Console.WriteLine($"ordered: {string.Join(" ", ordered)} {string.Join(" ", list)}");
        list[0] = list[0] with { Lat = 42 };
        Console.WriteLine($"with on element: {list[0]}");
        var found = list.Find(c => c.Lat == 1);
        found.Shift(1);
        var missing = list.Find(c => c.Lat == 99);
        Console.WriteLine($"Find: {found} {list[1]} {missing} {list.FindIndex(c => c.Lat == 1)}");
        var array = list.ToArray();
        Array.Reverse(array);
        array[0].Shift(1);
        Console.WriteLine($"array: {string.Join(" ", array)} {string.Join(" ", list)}");
        Console.WriteLine($"moves: {Coordinate.Moves}");
    }
}

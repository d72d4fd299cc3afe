using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

/// <summary>A collection whose enumerator is an iterator, and which takes a collection initialiser.</summary>
public sealed class Playlist : IEnumerable<string>
{
    private readonly List<string> _tracks = new List<string>();

    public void Add(string track) => _tracks.Add(track);

    public IEnumerator<string> GetEnumerator()
    {
        Console.WriteLine("  playlist: start");
        try
        {
            foreach (var track in _tracks)
            {
                Console.WriteLine($"  playlist: yield {track}");
                yield return track;
            }
        }
        finally
        {
            Console.WriteLine("  playlist: finally");
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A collection handing out its list's enumerator.</summary>
public sealed class Scores : IEnumerable<int>
{
    private readonly List<int> _values;

    public Scores(params int[] values) => _values = new List<int>(values);

    public IEnumerator<int> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>An enumerator written by hand, printing each call.</summary>
public sealed class Countdown : IEnumerator<int>
{
    private readonly int _from;
    private int _current;

    public Countdown(int from)
    {
        _from = from;
        _current = from + 1;
    }

    public int Current
    {
        get
        {
            Console.WriteLine($"  countdown: current {_current}");
            return _current;
        }
    }

    object IEnumerator.Current => Current;

    public bool MoveNext()
    {
        _current--;
        Console.WriteLine($"  countdown: move to {_current}");
        if (_current == 13) throw new InvalidOperationException("unlucky");
        return _current > 0;
    }

    public void Reset() => _current = _from + 1;

    public void Dispose() => Console.WriteLine("  countdown: dispose");
}

public sealed class Launch : IEnumerable<int>
{
    private readonly int _from;

    public Launch(int from) => _from = from;

    public IEnumerator<int> GetEnumerator() => new Countdown(_from);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

[GlobalFunctions]
public static class Program
{
    private static int Total(IEnumerable<int> values)
    {
        var total = 0;
        foreach (var value in values) total += value;
        return total;
    }

    public static void Main()
    {
        var playlist = new Playlist { "intro", "verse", "chorus" };
        Console.WriteLine("foreach:");
        foreach (var track in playlist) Console.WriteLine($"  got {track}");
        Console.WriteLine("break:");
        foreach (var track in playlist)
        {
            Console.WriteLine($"  got {track}");
            if (track == "verse") break;
        }
        Console.WriteLine("throw in body:");
        try
        {
            foreach (var track in playlist) throw new ArgumentException($"stop at {track}");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine($"  caught ArgumentException: {e.Message}");
        }
        Console.WriteLine("linq:");
        Console.WriteLine($"  first long: {playlist.First(t => t.Length > 5)}");
        Console.WriteLine($"  count: {playlist.Count()}");
        Console.WriteLine($"  upper: {string.Join(",", playlist.Where(t => t != "verse").Select(t => t.ToUpperInvariant()))}");
        Console.WriteLine($"  any: {playlist.Any(t => t.StartsWith("v"))}");
        Console.WriteLine($"  joined: {string.Join(",", playlist)}");
        var copy = new List<string>(playlist);
        copy.AddRange(playlist);
        Console.WriteLine($"  copy: {copy.Count} {copy[3]}");
        IEnumerable<string> asSequence = playlist;
        Console.WriteLine($"  as sequence: {asSequence.Last()}");
        Console.WriteLine("empty:");
        var empty = new Playlist();
        foreach (var track in empty) Console.WriteLine($"  got {track}");
        Console.WriteLine($"  first or default: {empty.FirstOrDefault() ?? "none"}");

        var scores = new Scores(3, 1, 4, 1, 5);
        Console.WriteLine($"scores: {Total(scores)} max {scores.Max()}");
        Console.WriteLine($"  sum: {scores.Sum()} where {scores.Where(s => s > 2).Count()} list {scores.ToList().Count}");
        Console.WriteLine($"  empty: {Total(new Scores())} {new Scores().Any()}");

        Console.WriteLine("launch:");
        foreach (var n in new Launch(3)) Console.WriteLine($"  got {n}");
        Console.WriteLine($"  take 2: {string.Join(",", new Launch(5).Take(2))}");
        Console.WriteLine("launch throws:");
        try
        {
            foreach (var n in new Launch(15)) Console.WriteLine($"  got {n}");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"  caught InvalidOperationException: {e.Message}");
        }
        try
        {
            Console.WriteLine($"  count {new Launch(14).Count()}");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"  caught InvalidOperationException: {e.Message}");
        }
    }
}

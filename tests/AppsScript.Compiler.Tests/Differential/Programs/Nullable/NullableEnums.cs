using System;
using AppsScript.Interop;

public enum RepeatMode { Off, Track, Context }

public enum Priority { Low = 1, High = 10 }

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        RepeatMode? none = null;
        RepeatMode? track = RepeatMode.Track;
        Console.WriteLine($"[{none}] [{track}] [{none ?? RepeatMode.Context}] [{track.GetValueOrDefault()}] [{none.GetValueOrDefault()}]");
        Console.WriteLine("[" + none + "] [" + track + "]");
        Console.WriteLine(track.ToString() + " " + RepeatMode.Context.ToString() + " " + Priority.High);
        Console.WriteLine($"{none == RepeatMode.Off} {track == RepeatMode.Track} {track > RepeatMode.Off} {none < RepeatMode.Context} {track != none}");
        Console.WriteLine((int?)track + " " + (int)track.Value + " [" + (int?)none + "]");
        Priority? unknown = (Priority)5;
        Console.WriteLine($"{unknown} {(Priority?)Priority.Low}");
        foreach (var mode in new RepeatMode?[] { RepeatMode.Off, null, RepeatMode.Context })
        {
            var text = mode switch
            {
                RepeatMode.Off => "off",
                RepeatMode.Track or RepeatMode.Context => "repeating " + mode,
                null => "not set",
            };
            Console.WriteLine(text);
        }
    }
}

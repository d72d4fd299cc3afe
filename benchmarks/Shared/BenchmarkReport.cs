using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace SpotifySync.Benchmarks;

/// <summary>What every benchmark prints the same way: timings, medians, a Markdown table, and how busy the machine was.</summary>
internal static class BenchmarkReport
{
    public static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// The wall time and the process's CPU time (all threads, the GC's among them) an action takes, in milliseconds. On
    /// a machine shared with other work the wall time grows with the load; the CPU time much less, so it is the figure
    /// to compare between runs made at different loads.
    /// </summary>
    public static (double Wall, double Cpu) TimeWithCpu(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        process.Refresh();
        return (watch.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The value below which the given share of the values lie (nearest rank).</summary>
    public static double Percentile(IEnumerable<double> values, double share)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static void PrintTable(IReadOnlyList<(string Measure, string Value)> rows)
    {
        var width = rows.Max(r => r.Measure.Length);
        var valueWidth = rows.Max(r => r.Value.Length);
        Console.WriteLine();
        Console.WriteLine($"| {"measure".PadRight(width)} | {"value".PadRight(valueWidth)} |");
        Console.WriteLine($"|{new string('-', width + 2)}|{new string('-', valueWidth + 2)}|");
        foreach (var (measure, value) in rows) Console.WriteLine($"| {measure.PadRight(width)} | {value.PadRight(valueWidth)} |");
        Console.WriteLine();
        // Other work on the machine slows every figure; the load average says how busy it was.
        var load = File.Exists("/proc/loadavg") ? $", load average {string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "";
        Console.WriteLine($"{Environment.ProcessorCount} cores{load}, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}.");
    }
}

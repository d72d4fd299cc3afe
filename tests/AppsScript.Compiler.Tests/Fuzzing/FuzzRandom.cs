using System;
using System.Collections.Generic;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// SplitMix64, the fuzzer's only source of randomness. System.Random's sequence for a seed is an implementation
/// detail that may change between .NET versions; this one never does, so a case's seed names its program for good.
/// </summary>
internal sealed class FuzzRandom
{
    private ulong _state;

    public FuzzRandom(long seed) => _state = unchecked((ulong)seed * 0xD1B54A32D192ED03UL + 0x632BE59BD9B4E019UL);

    private ulong NextBits()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A number in [0, bound).</summary>
    public int Next(int bound) => bound <= 1 ? 0 : (int)(NextBits() % (ulong)bound);

    /// <summary>A number in [low, high], both included.</summary>
    public int Between(int low, int high) => low + Next(high - low + 1);

    public long BetweenLong(long low, long high) => low + (long)(NextBits() % (ulong)(high - low + 1));

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public T Pick<T>(T first, T second, params T[] rest)
    {
        var index = Next(rest.Length + 2);
        return index switch { 0 => first, 1 => second, _ => rest[index - 2] };
    }

    /// <summary>One of the items, each as likely as its weight; a weight of 0 leaves an item out.</summary>
    public T Weighted<T>(params (int Weight, T Item)[] items)
    {
        var total = 0;
        foreach (var (weight, _) in items) total += weight;
        if (total <= 0) throw new InvalidOperationException("Every weight is zero.");
        var roll = Next(total);
        foreach (var (weight, item) in items)
        {
            if (roll < weight) return item;
            roll -= weight;
        }
        throw new InvalidOperationException("Unreachable: the roll is below the total.");
    }
}

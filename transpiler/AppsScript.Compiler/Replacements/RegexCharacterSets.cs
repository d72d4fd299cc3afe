using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// The UTF-16 code units a .NET character-matching atom (a class, an escape such as <c>\w</c>, <c>.</c>, a letter
/// under IgnoreCase) matches, found by asking .NET's own engine about each of the 65,536 units, and printed as a
/// JavaScript class. The JavaScript pattern has no <c>u</c> flag, so it too matches code unit by code unit, and
/// the sets are exactly .NET's: Unicode-aware <c>\d</c>, <c>\w</c> and <c>\s</c>, and .NET's case equivalences
/// (the invariant culture's).
/// </summary>
internal static class RegexCharacterSets
{
    private const int Units = 0x10000;

    private static readonly ConcurrentDictionary<(string Atom, RegexOptions Options), bool[]> Cache = new();

    /// <summary>The units that <paramref name="atom"/>, written in .NET syntax, matches alone under the options.</summary>
    public static bool[] Of(string atom, RegexOptions options) => Cache.GetOrAdd((atom, options & (RegexOptions.IgnoreCase | RegexOptions.Singleline)), key =>
    {
        var regex = new Regex(@"\A(?:" + key.Atom + @")\z", key.Options | RegexOptions.CultureInvariant);
        var set = new bool[Units];
        for (var unit = 0; unit < Units; unit++) set[unit] = regex.IsMatch(((char)unit).ToString());
        return set;
    });

    /// <summary>The units .NET's <c>\b</c> counts as word characters (<c>\w</c> and the zero-width joiners).</summary>
    public static bool[] BoundaryWord => Cache.GetOrAdd((@"\b", RegexOptions.None), _ =>
    {
        var regex = new Regex(@"\A\b", RegexOptions.CultureInvariant);
        var set = new bool[Units];
        for (var unit = 0; unit < Units; unit++) set[unit] = regex.IsMatch(((char)unit).ToString());
        return set;
    });

    /// <summary>.NET's <c>\w</c>, <c>\d</c> and <c>\s</c>, which the output writes as those escapes for the Regex helper to expand (regexClasses_.js).</summary>
    public static readonly IReadOnlyList<(char Escape, bool[] Set)> Named = new[] { 'w', 'd', 's' }.Select(c => (c, Of("\\" + c, RegexOptions.None))).ToList();

    /// <summary>The contents of a JavaScript class for the set: ranges of units, as the Regex helper's tables hold them.</summary>
    public static string ClassContents(bool[] set) => Ranges(set, true);

    /// <summary>
    /// The set as JavaScript: one unit as itself (escaped where it is syntax); <c>\w</c>, <c>\W</c> and the like
    /// for .NET's own classes, which the Regex helper expands; else a class of the named classes it holds and
    /// ranges for the rest, negated where that is shorter; <c>[\x00-\uffff]</c> for every unit (not <c>[\s\S]</c>,
    /// whose escapes the helper would expand).
    /// </summary>
    public static string ToJavaScript(bool[] set)
    {
        var count = set.Count(unit => unit);
        if (count == Units) return @"[\x00-\uffff]";
        if (count == 1) return Literal(Array.IndexOf(set, true));
        foreach (var (escape, named) in Named)
        {
            if (set.AsSpan().SequenceEqual(named)) return "\\" + escape;
            if (set.Select((unit, i) => unit != named[i]).All(differs => differs)) return "\\" + char.ToUpperInvariant(escape);
        }
        var included = Contents(set);
        var excluded = Contents(set.Select(unit => !unit).ToArray());
        return excluded.Length < included.Length ? "[^" + excluded + "]" : "[" + included + "]";
    }

    /// <summary>The named classes the set holds, as escapes, then ranges for the units they leave.</summary>
    private static string Contents(bool[] set)
    {
        var rest = (bool[])set.Clone();
        var text = new StringBuilder();
        foreach (var (escape, named) in Named)
        {
            if (named.Select((unit, i) => !unit || set[i]).Any(held => !held)) continue;
            text.Append('\\').Append(escape);
            for (var unit = 0; unit < Units; unit++) rest[unit] &= !named[unit];
        }
        return text.Append(Ranges(rest, true)).ToString();
    }

    private static string Ranges(bool[] set, bool value)
    {
        var text = new StringBuilder();
        for (var unit = 0; unit < Units; unit++)
        {
            if (set[unit] != value) continue;
            var end = unit;
            while (end + 1 < Units && set[end + 1] == value) end++;
            text.Append(InClass(unit));
            if (end > unit + 1) text.Append('-');
            if (end > unit) text.Append(InClass(end));
            unit = end;
        }
        return text.ToString();
    }

    /// <summary>A unit outside a class: letters, digits and safe punctuation as themselves, the rest escaped.</summary>
    public static string Literal(int unit) => unit switch
    {
        _ when "\\^$.|?*+()[]{}/".IndexOf((char)unit) >= 0 => "\\" + (char)unit,
        _ => Plain(unit),
    };

    private static string InClass(int unit) => "\\^-[]/".IndexOf((char)unit) >= 0 ? "\\" + (char)unit : Plain(unit);

    private static string Plain(int unit) => unit is >= 0x20 and < 0x7f
        ? ((char)unit).ToString()
        : unit < 0x100 ? "\\x" + unit.ToString("x2", CultureInfo.InvariantCulture) : "\\u" + unit.ToString("x4", CultureInfo.InvariantCulture);
}

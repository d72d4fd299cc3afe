using System.Collections.Generic;

namespace SpotifySync.Core.Scenarios.Running;

/// <summary>
/// The scenarios' assertions, in the compiler's subset so that they run on both runtimes: each throws a
/// <see cref="ScenarioFailedException"/> that names what was expected and what was found. One method per kind of
/// value, since the subset has no overloads and compares no generic values.
/// </summary>
public static class Expect
{
    private const int ShownLength = 300;

    /// <param name="what">What should hold, as a sentence goes on after "Expected": <c>"one page per liked track"</c>.</param>
    public static void True(bool condition, string what)
    {
        if (!condition) throw new ScenarioFailedException($"Expected {what}.");
    }

    public static void Text(string? expected, string? actual, string what)
    {
        if (expected != actual) throw new ScenarioFailedException($"Expected {what} to be {Quoted(expected)}, but it was {Quoted(actual)}.");
    }

    /// <summary>The same number; an int converts, and null is a number Notion left empty.</summary>
    public static void Number(double? expected, double? actual, string what)
    {
        if (expected != actual) throw new ScenarioFailedException($"Expected {what} to be {Shown(expected)}, but it was {Shown(actual)}.");
    }

    public static void AtLeast(double least, double actual, string what)
    {
        if (actual < least) throw new ScenarioFailedException($"Expected {what} to be at least {least}, but it was {actual}.");
    }

    public static void Contains(string part, string? text, string what)
    {
        if (text is null || !text.Contains(part)) throw new ScenarioFailedException($"Expected {what} to contain {Quoted(part)}, but it was {Quoted(text)}.");
    }

    /// <summary>The same items in the same order.</summary>
    public static void Sequence(IEnumerable<string> expected, IEnumerable<string> actual, string what) =>
        Text(string.Join(", ", expected), string.Join(", ", actual), what);

    /// <summary>The same items in any order.</summary>
    public static void SameSet(IEnumerable<string> expected, IEnumerable<string> actual, string what)
    {
        var wanted = new List<string>(expected);
        var found = new List<string>(actual);
        wanted.Sort(string.CompareOrdinal);
        found.Sort(string.CompareOrdinal);
        Sequence(wanted, found, what);
    }

    /// <summary>Text as a message shows it: quoted, and a long one cut, with its length in UTF-16 units.</summary>
    private static string Quoted(string? text)
    {
        if (text is null) return "null";
        return text.Length <= ShownLength ? $"\"{text}\"" : $"\"{text.Substring(0, ShownLength)}…\" ({text.Length} UTF-16 units)";
    }

    private static string Shown(double? number) => number is { } value ? $"{value}" : "null";
}

using System;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// The single place the generator steers around README's "Where results can still differ": the differences no
/// compile-time check can see, which a generated program must therefore not contain. Each bullet, quoted, and
/// how the generator keeps clear of it:
/// <list type="bullet">
/// <item>"Integer arithmetic outside checked and unchecked keeps its exact result where .NET would wrap at 32 or 64
/// bits, and long values beyond 2^53 lose precision": <see cref="Fits"/>, <see cref="DivisionOverflows"/>,
/// <see cref="AbsOverflows"/>; parsed long texts stay within 2^53, and a double cast to long out of range only
/// from NaN (its saturated value, ±2^63, is beyond 2^53).</item>
/// <item>"Programmer errors that throw in .NET but not in JavaScript: an index past the end of an array or list,
/// changing a collection during foreach, a null dictionary key, an out-of-range start index in IndexOf, a member of
/// a null string": <see cref="Guarded"/> and <see cref="ClampedStart"/>; a foreach body only accumulates, never
/// changing what it iterates; keys come from <see cref="DictionaryKeys"/> or are "k" and a value, never null; no
/// null goes behind a non-nullable type.</item>
/// <item>"Casts to types JavaScript cannot check (plain data, interfaces, a generic T) are not checked": only
/// upcasts are generated (to a base class or an interface), never a cast down.</item>
/// <item>"LINQ over arrays, lists, sets and dictionaries runs eagerly (over a sequence that may be an iterator's it
/// is lazy), and Keys, Values or a set used as an IEnumerable are copies taken at that moment": a query over a
/// collection is consumed or materialised where it is written, and a lambda body is total and pure
/// (<see cref="CaseContext.Total"/>): a .NET query that never calls it for some element cannot miss an
/// exception or an effect JavaScript's eager one has. Queries over iterators (IteratorGenerator) are lazy in both,
/// so their lambdas may print.</item>
/// <item>"A dictionary lists integer-like keys first, in numeric order, and a key removed and added again comes
/// last, where .NET's Dictionary and HashSet may reuse the removed entry's place; List.Sort with a comparison is
/// stable where .NET's may not be": <see cref="DictionaryKeys"/> holds no integer-like key; once a set or
/// dictionary has lost an entry (<see cref="Facts.Removed"/>), nothing is added to it; Sort compares by a total
/// order, and never doubles (-0.0 and 0.0 compare equal but print apart); comparers that tie distinct values
/// order only OrderBy and ThenBy, which are stable in both (OrderingAndFormatExpressions).</item>
/// <item>"A HashSet&lt;double&gt; holds -0.0 as 0": <see cref="CanBeSetElement"/>.</item>
/// <item>"Average of doubles starts its sum at 0": <see cref="CanAverage"/>.</item>
/// <item>"DateTime has millisecond precision ...": dates are made of whole milliseconds only, and moved by whole hours
/// (OrderingAndFormatExpressions).</item>
/// <item>"Math.Exp, Log, Pow and trigonometry may differ in the last bit; the newest Unicode characters may
/// case-map differently": those functions are not generated, and characters come from <see cref="CharacterPool"/>.</item>
/// <item>"A when filter runs after inner finally blocks": when filters have no effects.</item>
/// <item>"A static initialiser that throws makes the script fail while it loads": a class's declarations, its
/// static initialisers among them, are total code (<see cref="CaseContext.Total"/>).</item>
/// </list>
/// Nothing else is avoided on purpose except what .NET itself leaves open: hash codes, the clock, random numbers,
/// and the moment a beforefieldinit class runs its static initialisers (so they have no effects); what C#'s
/// nullable analysis warns of (a null behind a non-nullable type, a member called on null), which the compiler
/// trusts; and .NET's own bugs, where JavaScript gives the right answer: in .NET 10,
/// <c>new[] { 1, 2 }.Skip(3).Prepend(0).ToArray()</c> (and Append and Concat, and over a list) throws
/// ArgumentOutOfRangeException, so no Concat, Append or Prepend follows a Skip (<see cref="Query.Skipped"/>); and
/// .NET 10 prints some exact powers of two with digits that read back as the next double (2^-25 as
/// 2.980232238769531E-08, dotnet/runtime#131131, fixed after .NET 10), which the oracle tells from a divergence
/// (<see cref="DotNetBugs"/>). Base
/// constructors only assign their own members: an override a base constructor calls may not read its class's
/// fields (refused, GAS1032).
/// </summary>
internal static class Exclusions
{
    /// <summary>Whether a result's bounds fit the type: int in int, long within ±2^53, the small types in theirs.</summary>
    public static bool Fits(FuzzType type, Int128 low, Int128 high) => low >= Limits.Min(type) && high <= Limits.Max(type);

    /// <summary>
    /// The other face of overflow: int.MinValue / -1 and % -1 throw OverflowException in .NET even unchecked, and
    /// give 2^31 in JavaScript.
    /// </summary>
    public static bool DivisionOverflows(FuzzType type, Facts dividend, Facts divisor) =>
        dividend.Contains(Limits.Min(type)) && divisor.Contains(-1);

    /// <summary>Math.Abs(int.MinValue) throws OverflowException in .NET.</summary>
    public static bool AbsOverflows(FuzzType type, Facts value) => value.Contains(Limits.Min(type));

    /// <summary><c>(i &lt; x.Count ? x[i] : fallback)</c>, for an index known not to be negative; both are written twice.</summary>
    public static string Guarded(Expr receiver, string count, Expr index, string fallback) =>
        index.Facts.Low < 0 || !index.Duplicable || !receiver.Duplicable
            ? throw new InvalidOperationException($"Generator bug: index {index} may be negative, or it or {receiver} cannot be written twice.")
            : $"({index} < {receiver}.{count} ? {receiver}[{index}] : {fallback})";

    /// <summary>The start of an IndexOf search, kept within the string (the start must not be negative).</summary>
    public static string ClampedStart(Expr text, Expr start) =>
        start.Facts.Low < 0 || !text.Duplicable
            ? throw new InvalidOperationException($"Generator bug: start {start} may be negative, or {text} cannot be written twice.")
            : $"Math.Min({start}, {text}.Length)";

    /// <summary>
    /// Dictionary keys: never digits alone, so never reordered, but the awkward ones: empty, case variants, and
    /// the names of Object.prototype's members; "__proto__" too in the cases of <see cref="CaseContext.ProtoKeys"/>.
    /// </summary>
    public static readonly string[] DictionaryKeys = { "a", "b", "c", "key", "Key", "KEY", "x y", "", "\u00e9", "Zeta", "alpha", "beta", "k1", "k10", "k2", "-1", "01", "1.5", "+", "constructor", "toString", "hasOwnProperty", "length" };

    /// <summary>Neither doubles (-0.0 would come back as 0) nor data (a set element by value is refused, GAS1028) go in a set.</summary>
    public static bool CanBeSetElement(FuzzType element) => element.Kind is not (Kind.Double or Kind.Named);

    /// <summary>Integers are averaged, doubles not: their mean may be -0.0 in .NET where JavaScript's sum from 0 makes it 0.</summary>
    public static bool CanAverage(FuzzType element) => element.Kind != Kind.Double;

    /// <summary>Long-assigned characters, with the case mappings and categories that trip naive code.</summary>
    public static readonly char[] CharacterPool =
    {
        'a', 'z', 'A', 'Z', '0', '9', ' ', '_', '-', ',', '.', ';', '\'', '"', '\\', '/', '\t', '\n', '%', '#', '{', '}',
        '\u00e9', '\u00c9', '\u00df', '\u0130', '\u0131', '\u01c5', '\u03a3', '\u03c3', '\u03c2', '\u0436', '\u00a0', '\u2028', '\u00b5', '\u1e9e', '\u0149', '\u00ff',
    };
}

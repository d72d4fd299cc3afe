using System.Globalization;
using System.Text.RegularExpressions;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// Output differences that are .NET's own bugs, where JavaScript gives the right answer and no generator can steer
/// clear, because they depend on a value only known at run time. One for now: .NET 10's shortest formatting of a
/// double gives, for some exact powers of two, digits that read back as the neighbouring double (2^-25 prints as
/// 2.980232238769531E-08 where the digits that round-trip are 2.9802322387695312E-08; dotnet/runtime#131131,
/// fixed after .NET 10). The emitted code prints the digits that round-trip.
/// </summary>
internal static class DotNetBugs
{
    /// <summary>A number as both sides print one; the group keeps the numbers in Regex.Split's result, at odd indices.</summary>
    private static readonly Regex Number = new(@"(-?\d+(?:\.\d+)?(?:E[-+]\d+)?)", RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether the two outputs differ only in numbers .NET misprinted: text apart from numbers alike, and each
    /// differing number one that .NET prints as it did for the value JavaScript printed, which it does not read back.
    /// </summary>
    public static bool ExplainDifference(string dotNet, string javaScript)
    {
        var left = Number.Split(dotNet);
        var right = Number.Split(javaScript);
        if (left.Length != right.Length) return false;
        var explained = false;
        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] == right[i]) continue;
            if (i % 2 == 0 || !Misprinted(left[i], right[i])) return false;
            explained = true;
        }
        return explained;
    }

    private static bool Misprinted(string dotNet, string javaScript) =>
        double.TryParse(javaScript, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && value.ToString(CultureInfo.InvariantCulture) == dotNet
        && double.Parse(dotNet, NumberStyles.Float, CultureInfo.InvariantCulture) != value;
}

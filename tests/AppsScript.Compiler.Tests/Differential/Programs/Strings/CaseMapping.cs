using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var samples = new[] { "Hello World", "straße", "ﬁne ﬂow", "İstanbul ırmak", "ΣΟΦΙΑ ΟΔΟΣ", "ᾳ ᾀ ᾷ", "ŉ ǰ", "ǅ ǈ", "µ ÿ", "𐐀𐐨", "ſ K Å", "Ǆemal", "123 !?", "" };
        foreach (var sample in samples)
        {
            var upper = sample.ToUpper(System.Globalization.CultureInfo.InvariantCulture);
            var lower = sample.ToLower();
            Console.WriteLine($"{sample} -> {upper} ({upper.Length}) / {lower} ({lower.Length}) / {sample.ToUpperInvariant() == upper} {sample.ToLowerInvariant() == lower}");
        }
        Console.WriteLine(Codes("ß".ToUpper()) + " " + Codes("ς".ToUpper()) + " " + Codes("Σ".ToLower()) + " " + Codes("İ".ToLower()));
    }

    private static string Codes(string text)
    {
        var result = "";
        foreach (var c in text) result += ((int)c).ToString("X4") + " ";
        return result.Trim();
    }
}

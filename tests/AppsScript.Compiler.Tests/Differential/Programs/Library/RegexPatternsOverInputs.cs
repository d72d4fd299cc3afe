using System;
using System.Linq;
using System.Text.RegularExpressions;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    private static readonly string[] Inputs =
    {
        "aab abc ab", "abcd abcdd", "ba", "hello world\nfoo bar\n", "aaab bab", "x1 y2 z-3",
        "me@mail.com a-b@c.d", "12345", "STRASSE Straße strasse", "ΣΑΣ σας ς", "\n\na\n", "a\u00e9b e\u0301 É",
        "😀a😀", "cost $5.99 or $12", "abcxyz abd", "a\nc abc", "AB ab Ab", "  # x\n#y",
        "a\r\nb\nc", "\u0001\u001f", "\u212A kK", "iIıİ", "",
    };

    private static string Escaped(string text) => string.Concat(text.Select(c => c >= ' ' && c <= '~' ? c.ToString() : "\\u" + ((int)c).ToString("x4")));

    private static void Run(Regex regex)
    {
        foreach (var input in Inputs)
        {
            var matches = regex.Matches(input).Select(m => string.Join(";", Enumerable.Range(0, m.Groups.Count).Select(i => m.Groups[i].Success ? m.Groups[i].Index + ":" + Escaped(m.Groups[i].Value) : "-")));
            Console.WriteLine(Escaped(input) + " => " + string.Join(" ", matches) + " | split " + string.Join(",", regex.Split(input).Select(Escaped)) + " | " + Escaped(regex.Replace(input, "[$0|$1]")));
        }
    }

    public static void Main()
    {
        Run(new Regex(@"a+?b"));
        Run(new Regex(@"(a|ab)(c|bcd)(d*)"));
        Run(new Regex(@"(?<x>a)|(?<y>b)"));
        Run(new Regex(@"^(\w+)\s(\w+)$", RegexOptions.Multiline));
        Run(new Regex(@"(?<=(a+))b"));
        Run(new Regex(@"(?<!a)b+"));
        Run(new Regex(@"[^\s\d]+"));
        Run(new Regex(@"[\w-]+@[\w.]+"));
        Run(new Regex(@"\d{2,4}?"));
        Run(new Regex(@"(?i)straße"));
        Run(new Regex(@"[A-Z]+", RegexOptions.IgnoreCase));
        Run(new Regex(@"Σ+", RegexOptions.IgnoreCase));
        Run(new Regex(@"(?m)^$"));
        Run(new Regex(@"$", RegexOptions.Multiline));
        Run(new Regex(@"\Z"));
        Run(new Regex(@"(a)|b"));
        Run(new Regex(@"(a)?b"));
        Run(new Regex(@"(?:(a)|b)c"));
        Run(new Regex(@"x(?=(y))"));
        Run(new Regex(@"[\s\S]{2}"));
        Run(new Regex(@"[\S\s]"));
        Run(new Regex(@"[^\w\W]"));
        Run(new Regex(@"[\w\s]+"));
        Run(new Regex(@"[^\d\s]+"));
        Run(new Regex(@"[\W\d]+"));
        Run(new Regex(@"[^\n]+"));
        Run(new Regex(@".+", RegexOptions.Singleline));
        Run(new Regex(@"\P{L}+"));
        Run(new Regex(@"[\p{N}\p{P}]+"));
        Run(new Regex(@"\u00e9|e\u0301"));
        Run(new Regex(@"[é-ü]+", RegexOptions.IgnoreCase));
        Run(new Regex(@"\bé"));
        Run(new Regex(@"\B\w"));
        Run(new Regex(@"(\d+)(?:px|em)?"));
        Run(new Regex(@"\$\d+(?:\.\d\d)?"));
        Run(new Regex(@"[a-z]{3}(?<!abc)"));
        Run(new Regex(@"(?s)a.c"));
        Run(new Regex(@"(?-i:a)b", RegexOptions.IgnoreCase));
        Run(new Regex(@"^\s*#", RegexOptions.Multiline));
        Run(new Regex(@"\r?\n"));
        Run(new Regex(@"[\x00-\x1f]"));
        Run(new Regex(@"\cJ"));
        Run(new Regex(@"\0"));
        Run(new Regex(@"\e|\a"));
        Run(new Regex(@"[\b]"));
        Run(new Regex(@"k", RegexOptions.IgnoreCase));
        Run(new Regex(@"ı|İ", RegexOptions.IgnoreCase));
    }
}

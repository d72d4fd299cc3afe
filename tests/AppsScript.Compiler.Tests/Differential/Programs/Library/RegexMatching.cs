using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    private static readonly Regex Words = new Regex(@"\b\w+\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static string Show(Match m) =>
        m.Success ? "'" + m.Value + "'@" + m.Index + "+" + m.Length : "no match (" + m.Index + "," + m.Length + ",'" + m.Value + "')";

    private static string Group(Group g) => g.Success ? "'" + g.Value + "'@" + g.Index + "+" + g.Length : "unset(" + g.Index + "," + g.Length + ",'" + g.Value + "')";

    private static string All(MatchCollection matches) => matches.Count + ": " + string.Join(" ", matches.Select(Show));

    private static string Escaped(string text) => text.Replace("\n", "\\n").Replace("\r", "\\r");

    public static void Main()
    {
        Console.WriteLine("IsMatch: " + Regex.IsMatch("track 42", @"\d+") + " " + Regex.IsMatch("track", @"\d") + " " + Regex.IsMatch("", "^$") + " " + Regex.IsMatch("ABC", "abc") + " " + Regex.IsMatch("ABC", "abc", RegexOptions.IgnoreCase));
        Console.WriteLine("Match: " + Show(Regex.Match("a1b22c333", @"\d+")) + " " + Show(Regex.Match("abc", "x")) + " " + Show(Regex.Match("abc", "")) + " " + Show(Regex.Match("abc", "c|$")));

        var date = Regex.Match("on 2024-03-15 and 2025-12-01", @"(?<year>\d{4})-(\d{2})-(?<day>\d{2})");
        Console.WriteLine("named and numbered: " + date.Groups.Count + " 0=" + Group(date.Groups[0]) + " 1=" + Group(date.Groups[1]) + " 2=" + Group(date.Groups[2]) + " 3=" + Group(date.Groups[3])
            + " year=" + Group(date.Groups["year"]) + " day=" + Group(date.Groups["day"]) + " \"1\"=" + Group(date.Groups["1"]) + " names " + date.Groups[2].Name + "," + date.Groups[1].Name);
        Console.WriteLine("missing groups: " + Group(date.Groups[7]) + " " + Group(date.Groups["month"]) + " " + date.Groups["month"].Success);
        var next = date.NextMatch();
        Console.WriteLine("next: " + Show(next) + " year " + next.Groups["year"].Value + " then " + Show(next.NextMatch()) + " then " + Show(next.NextMatch().NextMatch()));
        var optional = Regex.Match("ac", "a(b)?(c)");
        Console.WriteLine("optional group: " + Group(optional.Groups[1]) + " " + Group(optional.Groups[2]));
        var repeated = Regex.Match("abcabc", "(abc)+");
        Console.WriteLine("repeated group keeps the last: " + Group(repeated.Groups[1]));

        Console.WriteLine(Escaped("x*") + " on '" + Escaped("abc") + "': " + All(Regex.Matches("abc", "x*")));
        Console.WriteLine(Escaped("a*") + " on '" + Escaped("baaac") + "': " + All(Regex.Matches("baaac", "a*")));
        Console.WriteLine(Escaped("") + " on '" + Escaped("ab") + "': " + All(Regex.Matches("ab", "")));
        Console.WriteLine(Escaped(@"\b") + " on '" + Escaped("hi there") + "': " + All(Regex.Matches("hi there", @"\b")));
        Console.WriteLine(Escaped("a|") + " on '" + Escaped("bab") + "': " + All(Regex.Matches("bab", "a|")));
        Console.WriteLine(Escaped("(?=b)|b") + " on '" + Escaped("ab") + "': " + All(Regex.Matches("ab", "(?=b)|b")));
        Console.WriteLine(Escaped(@"\w+") + " on '" + Escaped("héllo wörld naïve") + "': " + All(Regex.Matches("héllo wörld naïve", @"\w+")));
        Console.WriteLine(Escaped(@"\d+") + " on '" + Escaped("١٢٣ and 456 and ۷۸") + "': " + All(Regex.Matches("١٢٣ and 456 and ۷۸", @"\d+")));
        Console.WriteLine(Escaped(@"\s+") + " on '" + Escaped("a\u0085b\u00a0c\ufeffd\u2003e") + "': " + All(Regex.Matches("a\u0085b\u00a0c\ufeffd\u2003e", @"\s+")));
        Console.WriteLine(Escaped(@"\w+") + " on '" + Escaped("snake_case-kebab") + "': " + All(Regex.Matches("snake_case-kebab", @"\w+")));
        Console.WriteLine(Escaped(@".") + " on '" + Escaped("a😀b") + "': " + All(Regex.Matches("a😀b", @".")));
        Console.WriteLine(Escaped(@"[^a]") + " on '" + Escaped("a😀") + "': " + All(Regex.Matches("a😀", @"[^a]")));
        Console.WriteLine(Escaped("^.*$") + " on '" + Escaped("one\ntwo\n") + "': " + All(Regex.Matches("one\ntwo\n", "^.*$")));
        Console.WriteLine(Escaped(@"\p{Lu}+") + " on '" + Escaped("abcDEFgHIÉ") + "': " + All(Regex.Matches("abcDEFgHIÉ", @"\p{Lu}+")));
        Console.WriteLine(Escaped(@"[a-c]+") + " on '" + Escaped("xxbcaxcbx") + "': " + All(Regex.Matches("xxbcaxcbx", @"[a-c]+")));
        Console.WriteLine(Escaped(@"\W+") + " on '" + Escaped("a, b;c") + "': " + All(Regex.Matches("a, b;c", @"\W+")));
        Console.WriteLine(Escaped(@"\D") + " on '" + Escaped("1a٣") + "': " + All(Regex.Matches("1a٣", @"\D")));
        Console.WriteLine(Escaped(@"\S+") + " on '" + Escaped("a\tbb\u3000ccc") + "': " + All(Regex.Matches("a\tbb\u3000ccc", @"\S+")));
        Console.WriteLine(Escaped("a{2,3}") + " on '" + Escaped("aaaaaaa") + "': " + All(Regex.Matches("aaaaaaa", "a{2,3}")));
        Console.WriteLine(Escaped("a{2,}?") + " on '" + Escaped("aaaaa") + "': " + All(Regex.Matches("aaaaa", "a{2,}?")));
        Console.WriteLine(Escaped(@"<.+?>") + " on '" + Escaped("<a><b>") + "': " + All(Regex.Matches("<a><b>", @"<.+?>")));
        Console.WriteLine(Escaped("{x}") + " on '" + Escaped("a{x}b") + "': " + All(Regex.Matches("a{x}b", "{x}")));
        Console.WriteLine(Escaped("a{,2}") + " on '" + Escaped("a{,2}") + "': " + All(Regex.Matches("a{,2}", "a{,2}")));
        Console.WriteLine(Escaped(@"(?<=\$)\d+") + " on '" + Escaped("cost $42 or 7") + "': " + All(Regex.Matches("cost $42 or 7", @"(?<=\$)\d+")));
        Console.WriteLine(Escaped(@"(?<!\d)\d{2}(?!\d)") + " on '" + Escaped("1 22 333 44") + "': " + All(Regex.Matches("1 22 333 44", @"(?<!\d)\d{2}(?!\d)")));
        Console.WriteLine(Escaped(@"\bcat\b") + " on '" + Escaped("cat concat cat's café") + "': " + All(Regex.Matches("cat concat cat's café", @"\bcat\b")));
        Console.WriteLine(Escaped(@"\Bcat\B") + " on '" + Escaped("concatenate cat") + "': " + All(Regex.Matches("concatenate cat", @"\Bcat\B")));
        Console.WriteLine(Escaped(@"\x41\u0042\t") + " on '" + Escaped("AB\t") + "': " + All(Regex.Matches("AB\t", @"\x41\u0042\t")));
        Console.WriteLine(Escaped(@"[\]\-\\]+") + " on '" + Escaped("a]-\\b") + "': " + All(Regex.Matches("a]-\\b", @"[\]\-\\]+")));
        Console.WriteLine(Escaped("[]a]+") + " on '" + Escaped("]a]b") + "': " + All(Regex.Matches("]a]b", "[]a]+")));
        Console.WriteLine(Escaped("(?#comment)ab") + " on '" + Escaped("xab") + "': " + All(Regex.Matches("xab", "(?#comment)ab")));

        const string lines = "first\nsecond\r\nthird\n";
        Console.WriteLine("$ before a final newline: " + All(Regex.Matches(lines, "d$")) + " / " + All(Regex.Matches("end\n", @"end\z")) + " / " + All(Regex.Matches("end\n", @"end\Z")) + " / " + All(Regex.Matches("end\n\n", "end$")));
        Console.WriteLine("multiline: " + All(Regex.Matches(lines, "^\\w+$", RegexOptions.Multiline)) + " / " + All(Regex.Matches(lines, @"^\w+\r?$", RegexOptions.Multiline)) + " / " + All(Regex.Matches(lines, @"\A\w+")));
        Console.WriteLine("singleline: " + All(Regex.Matches("a\nb", "a.b")) + " / " + All(Regex.Matches("a\nb", "a.b", RegexOptions.Singleline)) + " / " + All(Regex.Matches("a\rb", "a.b")));
        Console.WriteLine("any character: " + All(Regex.Matches("axb a\nb", "a.b", RegexOptions.Singleline)) + " / " + All(Regex.Matches("ab c\nd", @"[\s\S]{2}")) + " / " + All(Regex.Matches("ab 1\n", @"[\S\s]")) + " / " + All(Regex.Matches("ab", @"[^\w\W]")) + " / " + All(Regex.Matches("a1 b_2, c", @"[\W\d]+")));
        Console.WriteLine("ignore case: " + All(Regex.Matches("Kelvin \u212A k K", "k", RegexOptions.IgnoreCase)) + " / " + All(Regex.Matches("STRASSE straße ſ", "s+", RegexOptions.IgnoreCase)) + " / " + All(Regex.Matches("ÉCOLE école", "[é]cole", RegexOptions.IgnoreCase)));
        Console.WriteLine("inline options: " + All(Regex.Matches("Abc aBC", "(?i)abc")) + " / " + All(Regex.Matches("Abc aBC ABC", "a(?i:b)c")) + " / " + All(Regex.Matches("x\ny", "(?s)x.y")) + " / " + All(Regex.Matches("a\nb", "(?m)^b")));
        Console.WriteLine("combined options: " + All(Regex.Matches("One\ntwo\nTHREE", "^t.*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)));

        var regex = new Regex(@"(\w+)@(\w+)\.com", RegexOptions.IgnoreCase);
        var text = "Mail ADA@Example.COM or bob@test.com, not eve@test.org";
        Console.WriteLine("instance: " + regex.IsMatch(text) + " " + Show(regex.Match(text)) + " " + All(regex.Matches(text)) + " from 10: " + Show(regex.Match(text, 10)));
        foreach (Match m in regex.Matches(text)) Console.WriteLine("  user " + m.Groups[1].Value + " at " + m.Groups[1].Index + ", host " + m.Groups[2].Value + " at " + m.Groups[2].Index);
        var found = regex.Matches(text);
        Console.WriteLine("collection: " + found.Count + " " + found[1].Value + " " + string.Join("|", found.Select(m => m.Groups[2].Value.ToLower())) + " any " + found.Any(m => m.Value.StartsWith("bob")));

        Console.WriteLine("static field: " + All(Words.Matches("it's a café-bar, naïve?")) + " " + Words.Replace("one two", m => m.Value.Length.ToString()));
        var lastWord = Words.Match("alpha beta gamma");
        while (lastWord.Success)
        {
            Console.WriteLine("  word " + lastWord.Value + " at " + lastWord.Index + " group 0 " + lastWord.Groups[0].Value + " count " + lastWord.Groups.Count);
            lastWord = lastWord.NextMatch();
        }
        var empty = Regex.Match("abc", "z");
        Console.WriteLine("failed match: " + Show(empty) + " groups " + empty.Groups.Count + " next " + Show(empty.NextMatch()) + " group 0 " + Group(empty.Groups[0]));

        Console.WriteLine("Escape: " + Regex.Escape("a.b*c (1+1)? [x] {y} ^$|\\ #\t\n\r\f}]") + " " + Regex.Escape("1+1").Length);
        try
        {
            Regex.Match(null!, "a");
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null input: " + e.Message);
        }
        try
        {
            Regex.Escape(null!);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null escape: " + e.Message);
        }
    }
}

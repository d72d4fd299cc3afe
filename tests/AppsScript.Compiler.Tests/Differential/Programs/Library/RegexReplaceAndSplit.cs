using System;
using System.Linq;
using System.Text.RegularExpressions;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    private static string Parts(string[] parts) => parts.Length + " [" + string.Join("|", parts.Select(p => "'" + p + "'")) + "]";

    public static void Main()
    {
        const string text = "John Smith, Jane Doe";
        foreach (var replacement in new[] { "$2 $1", "${last}, ${first}", "$$1", "[$0]", "[$&]", "<$`>", "<$'>", "($+)", "{$_}", "$12", "$3", "${missing}", "$", "$x", "${1}${2}", "${first}$1", "$$$1", "${}" })
        {
            Console.WriteLine(replacement + " -> " + Regex.Replace(text, @"(?<first>\w+) (?<last>\w+)", replacement));
            Console.WriteLine(replacement + " numbered -> " + Regex.Replace(text, @"(\w+) (\w+)", replacement));
        }
        Console.WriteLine("mixed numbering: " + Regex.Replace("a-b", @"(?<x>\w)-(\w)", "$1 $2 ${x}"));
        Console.WriteLine("empty matches: " + Regex.Replace("abc", "x*", "-") + " " + Regex.Replace("abc", "", "|") + " " + Regex.Replace("aaa", "a*", "X") + " " + Regex.Replace("baaac", "a*?", "."));
        Console.WriteLine("no match: " + Regex.Replace("abc", "z", "y") + " ignore case: " + Regex.Replace("Hello HELLO hello", "hello", "bye", RegexOptions.IgnoreCase));
        Console.WriteLine("evaluator: " + Regex.Replace("a1b22c333", @"\d+", m => (int.Parse(m.Value) * 2).ToString()) + " " + Regex.Replace("x y z", @"\w", m => m.Index + m.Value.ToUpper()));
        Console.WriteLine("evaluator with options: " + Regex.Replace("Tag TAG tag", "tag", m => "<" + m.Value.Length + ">", RegexOptions.IgnoreCase));
        var words = new Regex(@"\b(\w)(\w*)\b");
        Console.WriteLine("instance replace: " + words.Replace("hello big world", "$2$1ay") + " " + words.Replace("title case me", m => m.Groups[1].Value.ToUpper() + m.Groups[2].Value));
        Console.WriteLine("unicode word: " + Regex.Replace("élan ñandú 東京 x", @"\w+", "W") + " digits: " + Regex.Replace("٣ 3 ۳", @"\d", "D") + " spaces: " + Regex.Replace("a\u00a0b\u0085c\ufeffd", @"\s", "_"));
        Console.WriteLine("line ends: " + Regex.Replace("a\nb\n", "$", "!") + "|" + Regex.Replace("a\nb\n", "$", "!", RegexOptions.Multiline) + "|" + Regex.Replace("a\nb\n", "^", ">", RegexOptions.Multiline));

        Console.WriteLine("split: " + Parts(Regex.Split("a, b;c  d", @"[,;\s]+")));
        Console.WriteLine("split with captures: " + Parts(Regex.Split("1-2_3", "(-)|(_)")) + " " + Parts(Regex.Split("a1b2c", @"(\d)")));
        Console.WriteLine("split empty: " + Parts(Regex.Split("abc", "")) + " " + Parts(Regex.Split("", ",")) + " " + Parts(Regex.Split(",a,,b,", ",")) + " " + Parts(Regex.Split("abc", "x*")));
        Console.WriteLine("split named: " + Parts(Regex.Split("k=v;x=y", "(?<sep>[=;])")) + " options: " + Parts(Regex.Split("aXbxc", "x", RegexOptions.IgnoreCase)) + " instance: " + Parts(new Regex(@"\s*\|\s*").Split("a | b|c")));
        try
        {
            Regex.Replace("abc", "b", (string)null!);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null replacement: " + e.Message);
        }
        try
        {
            Regex.Split(null!, ",");
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null split input: " + e.Message);
        }
    }
}

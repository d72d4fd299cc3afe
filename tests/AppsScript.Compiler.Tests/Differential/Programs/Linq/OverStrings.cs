using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public static class Show
{
    public static string All<T>(IEnumerable<T> items)
    {
        var text = "[";
        var first = true;
        foreach (var item in items)
        {
            text += (first ? "" : ", ") + item;
            first = false;
        }
        return text + "]";
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var word = "Mississippi";
        Console.WriteLine("Where: " + Show.All(word.Where(c => c != 's')) + ", Count of s: " + word.Count(c => c == 's') + ", Count: " + word.Count());
        Console.WriteLine("Select codes: " + Show.All("AZaz".Select(c => (int)c)));
        Console.WriteLine("Distinct: " + Show.All(word.Distinct()) + ", Reverse: " + Show.All(word.Reverse()));
        Console.WriteLine("OrderBy: " + Show.All(word.OrderBy(c => c)) + ", First/Last: " + word.First() + word.Last() + ", Contains p: " + Enumerable.Contains(word, 'p'));
        Console.WriteLine("GroupBy counts: " + Show.All(word.GroupBy(c => c).Select(g => g.Key + ":" + g.Count())));
        Console.WriteLine("ToHashSet: " + word.ToHashSet().Count + ", ElementAt 4: " + word.ElementAt(4) + ", Any upper: " + word.Any(c => c >= 'A' && c <= 'Z'));
        var emoji = "a😀b";
        Console.WriteLine("UTF-16 units, as .NET counts them: " + emoji.Count() + " " + emoji.Length + " " + emoji.Skip(1).Take(2).Count() + " " + emoji.Where(c => c != 'a' && c != 'b').Count());
        var accented = "crème brûlée";
        Console.WriteLine("accents: " + Show.All(accented.Where(c => c > 'z')) + " " + accented.Distinct().Count());
        var words = new[] { "apple", "kiwi", "fig", "banana" };
        Console.WriteLine("over words: " + Show.All(words.Where(w => w.Length > 3).Select(w => w.Length)) + " " + Show.All(words.OrderBy(w => w.Length).ThenBy(w => w)));
        Console.WriteLine("letters used: " + Show.All(words.SelectMany(w => w).Distinct().OrderBy(c => c)));
        Console.WriteLine("SequenceEqual of strings as chars: " + "abc".SequenceEqual("abc") + " " + "abc".SequenceEqual("abd"));
        Console.WriteLine("empty string: " + "".Any() + " " + "".Count() + " " + ("".FirstOrDefault() == '\0'));
    }
}

using System;
using System.Collections.Generic;
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
        var scores = new List<int> { 12, 7, 30, 7, 45, 2 };
        Console.WriteLine("Find > 10: " + scores.Find(s => s > 10));
        Console.WriteLine("Find > 100 (default 0): " + scores.Find(s => s > 100));
        Console.WriteLine("FindIndex > 10: " + scores.FindIndex(s => s > 10) + ", none: " + scores.FindIndex(s => s > 100));
        Console.WriteLine("FindLast < 10: " + scores.FindLast(s => s < 10) + ", none: " + scores.FindLast(s => s < 0));
        Console.WriteLine("FindAll odd: " + Show.All(scores.FindAll(s => s % 2 == 1)));
        Console.WriteLine("Exists 45: " + scores.Exists(s => s == 45) + ", Exists 46: " + scores.Exists(s => s == 46));
        Console.WriteLine("TrueForAll > 0: " + scores.TrueForAll(s => s > 0) + ", > 5: " + scores.TrueForAll(s => s > 5));

        var words = new List<string> { "alpha", "beta", "gamma" };
        Console.WriteLine("Find long word: " + words.Find(w => w.Length > 4) + ", none is null: " + (words.Find(w => w.Length > 10) == null));
        Console.WriteLine("FindLast long word: " + words.FindLast(w => w.Length > 4));

        var flags = new List<bool> { true, true };
        Console.WriteLine("bool Find default: " + flags.Find(f => !f));

        var empty = new List<int>();
        Console.WriteLine("empty: TrueForAll " + empty.TrueForAll(x => x > 100) + ", Exists " + empty.Exists(x => true) + ", FindAll " + Show.All(empty.FindAll(x => true)));

        var removed = scores.RemoveAll(s => s < 10);
        Console.WriteLine("RemoveAll < 10 removed " + removed + ": " + Show.All(scores));
        Console.WriteLine("RemoveAll none removed " + scores.RemoveAll(s => s > 1000) + ": " + Show.All(scores));

        var total = 0;
        scores.ForEach(s => total += s);
        Console.WriteLine("ForEach total " + total);
        var labels = scores.ConvertAll(s => "#" + s);
        Console.WriteLine("ConvertAll: " + Show.All(labels));

        var letters = new List<string> { "a", "b", "c", "d", "e" };
        var middle = letters.GetRange(1, 3);
        middle[0] = "B";
        Console.WriteLine("GetRange(1, 3): " + Show.All(middle) + ", source unchanged: " + Show.All(letters));
        var start = 3;
        Console.WriteLine("GetRange(start, 2): " + Show.All(letters.GetRange(start, 2)) + ", empty: " + Show.All(letters.GetRange(5, 0)));

        var array = letters.ToArray();
        array[0] = "z";
        Console.WriteLine("ToArray copies: " + Show.All(array) + " / " + Show.All(letters));
        letters.Reverse();
        Console.WriteLine("Reverse in place: " + Show.All(letters));
    }
}

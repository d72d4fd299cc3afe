using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public enum Mood { Calm, Happy = 2, Sad = 4, Grumpy = -1, Alias = 2 }

[Flags]
public enum Access { None = 0, Read = 1, Write = 2, Execute = 4, ReadWrite = Read | Write }

public enum Tiny : byte { Low = 1, High = 200 }

public enum Wide : long { Near = 1, Far = 1L << 40 }

[GlobalFunctions]
public static class Program
{
    private static string Kind(Exception e) => e switch
    {
        ArgumentNullException => "ArgumentNullException",
        ArgumentException => "ArgumentException",
        OverflowException => "OverflowException",
        FormatException => "FormatException",
        InvalidOperationException => "InvalidOperationException",
        _ => "Exception",
    };

    private static void Try(string label, Func<string> action)
    {
        try
        {
            Console.WriteLine(label + ": " + action());
        }
        catch (Exception e)
        {
            Console.WriteLine(label + ": " + Kind(e) + ": " + e.Message);
        }
    }

    public static void Main()
    {
        string?[] inputs =
        {
            "Happy", " Happy ", "happy", "Sad", "Grumpy", "Alias", "Calm,Sad", "Happy, Sad", "Happy,", "Happy,,Sad", "", "   ", "9", " 9 ", "-1", "+3", "007",
            "99999999999", "-2147483649", "2147483647", "Purple", " Purple ", "1, Happy", "5\u00a0", "0x1", "Sad ,Happy", "1.0", "\tCalm\n", null,
        };
        foreach (var text in inputs)
        {
            var shown = text == null ? "null" : "'" + text + "'";
            Try("Parse " + shown, () => Enum.Parse<Mood>(text!).ToString());
            Try("Parse ignoring case " + shown, () => Enum.Parse<Mood>(text!, true).ToString());
            Console.WriteLine("TryParse " + shown + ": " + Enum.TryParse<Mood>(text, out var mood) + " " + mood + ", ignoring case: " + Enum.TryParse(text, true, out Mood other) + " " + other);
        }
        foreach (var text in new[] { "Read, Write", "read,execute", "ReadWrite", "Read,Write,Execute", "7", "8", "None", "Write, None" })
        {
            Try("flags " + text, () => Enum.Parse<Access>(text, true).ToString());
        }
        foreach (var text in new[] { "255", "256", "-1", "-0", "High", "high" })
        {
            Try("byte enum " + text, () => Enum.Parse<Tiny>(text).ToString());
            Console.WriteLine("byte TryParse " + text + ": " + Enum.TryParse<Tiny>(text, true, out var tiny) + " " + tiny);
        }
        Try("long enum", () => Enum.Parse<Wide>("Far").ToString() + " " + (long)Enum.Parse<Wide>("1099511627776") + " " + Enum.Parse<Wide>("near", true));

        Console.WriteLine("values: " + string.Join(", ", Enum.GetValues<Mood>()) + " as numbers " + string.Join(", ", Enum.GetValues<Mood>().Select(m => (int)m)));
        Console.WriteLine("names: " + string.Join(", ", Enum.GetNames<Mood>()) + " / " + string.Join(", ", Enum.GetNames<Access>()));
        Console.WriteLine("flag values: " + string.Join(", ", Enum.GetValues<Access>()) + " byte values " + string.Join(", ", Enum.GetValues<Tiny>()) + " days " + Enum.GetValues<DayOfWeek>().Length + " " + string.Join(",", Enum.GetNames<DayOfWeek>()));
        foreach (var mood in Enum.GetValues<Mood>()) Console.WriteLine("each " + mood + " = " + (int)mood);

        var three = 3;
        Console.WriteLine("IsDefined: " + Enum.IsDefined(Mood.Sad) + " " + Enum.IsDefined((Mood)three) + " " + Enum.IsDefined((Mood)(three - 1)) + " " + Enum.IsDefined((Access)3) + " " + Enum.IsDefined((Access)(three + 3)) + " " + Enum.IsDefined(DayOfWeek.Friday));

        var access = Access.Read | Access.Execute;
        Console.WriteLine("HasFlag: " + access.HasFlag(Access.Read) + " " + access.HasFlag(Access.Write) + " " + access.HasFlag(Access.None) + " " + access.HasFlag(Access.ReadWrite) + " " + (access | Access.Write).HasFlag(Access.ReadWrite));
        var wanted = new List<Access> { Access.Execute, Access.Write };
        Console.WriteLine("HasFlag of a variable: " + string.Join(", ", wanted.Select(w => w + "=" + access.HasFlag(w))) + " " + Access.None.HasFlag(Access.None));
        var round = Enum.GetValues<Access>().Select(a => Enum.Parse<Access>(a.ToString()) == a).All(same => same);
        Console.WriteLine("round trip of every name: " + round + " " + Enum.Parse<Access>((access | Access.Write).ToString()));
    }
}

using System;
using System.Text;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var sb = new StringBuilder("hello world");
        sb.Insert(0, ">> ").Insert(sb.Length, '!').Insert(3, 12).Insert(0, true).Insert(0, 2.5);
        Console.WriteLine(sb.ToString() + " " + sb.Length);
        sb.Remove(0, 3);
        Console.WriteLine(sb);
        sb.Replace("o", "0").Replace('l', 'L');
        Console.WriteLine(sb + " " + sb[2] + " " + sb[sb.Length - 1]);
        sb.Length = 5;
        Console.WriteLine("[" + sb + "] " + sb.Length);
        sb.Length = 7;
        Console.WriteLine(sb.ToString().Replace('\0', '_') + " " + sb.Length);
        sb.Clear();
        Console.WriteLine("[" + sb + "] " + sb.Length);
        sb.Append("again");
        Console.WriteLine(sb);
        Show("Insert(-1)", () => new StringBuilder("abc").Insert(-1, "x").ToString());
        Show("Insert(4)", () => new StringBuilder("abc").Insert(4, "x").ToString());
        Show("Remove(2, 5)", () => new StringBuilder("abc").Remove(2, 5).ToString());
        Show("Length = -1", () =>
        {
            var b = new StringBuilder("abc");
            b.Length = -1;
            return b.ToString();
        });
        var table = new StringBuilder();
        for (var i = 1; i <= 3; i++)
        {
            table.Append(i).Append(" x ").Append(i).Append(" = ").Append(i * i);
            if (i < 3) table.Append("; ");
        }
        Console.WriteLine(table);
    }

    private static void Show(string label, Func<string> run)
    {
        try
        {
            Console.WriteLine(label + " = " + run());
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(label + " threw ArgumentOutOfRangeException");
        }
    }
}

using System;
using System.Collections.Generic;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var log = "";
        for (int i = 0, j = 10; i < j; i += 3, j--) log += i + ":" + j + " ";
        Console.WriteLine(log);
        var n = 0;
        do
        {
            n += 7;
        } while (n % 5 != 0);
        Console.WriteLine("do-while " + n);
        var count = 0;
        while (true)
        {
            count++;
            if (count < 3) continue;
            if (count > 5) break;
            Console.WriteLine("while " + count);
        }
        for (var row = 0; row < 4; row++)
        {
            var line = "";
            for (var column = 0; column < 4; column++)
            {
                if (column > row) break;
                if ((row + column) % 2 == 1) continue;
                line += "(" + row + "," + column + ")";
            }
            Console.WriteLine(line);
        }
        var words = new List<string> { "alpha", "beta", "gamma" };
        var index = 0;
        foreach (var word in words)
        {
            if (word.Length == 4) continue;
            Console.WriteLine(index++ + " " + word);
        }
        for (;;)
        {
            Console.WriteLine("infinite loop left at once");
            break;
        }
        var empty = new int[0];
        foreach (var x in empty) Console.WriteLine("never " + x);
        Console.WriteLine("done");
    }
}

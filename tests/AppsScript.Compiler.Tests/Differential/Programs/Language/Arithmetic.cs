using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        int a = 17, b = -5;
        Console.WriteLine($"{a / b} {a % b} {b / 2} {b % 2} {-a / 3} {-a % 3}");
        long big = 9007199254740000L;
        Console.WriteLine(big / 3 + " " + big % 1000);
        double x = 7.5;
        Console.WriteLine((int)x + " " + (int)-x + " " + (long)(x * 1000.7));
        Console.WriteLine(a / 2.0 + " " + 1 / 3.0 + " " + 2.0 / 3);
        int shifted = 1 << 10;
        Console.WriteLine(shifted + " " + (shifted >> 3) + " " + (-16 >> 2) + " " + (-16 >>> 28));
        Console.WriteLine((0xF0 & 0x3C) + " " + (0xF0 | 0x0F) + " " + (0xFF ^ 0x0F) + " " + ~5);
        var counter = 10;
        counter += 5;
        counter -= 3;
        counter *= 2;
        counter /= 5;
        counter %= 3;
        Console.WriteLine(counter);
        var i = 5;
        var post = i++;
        var pre = ++i;
        Console.WriteLine($"{post} {pre} {i--} {--i}");
        var divisor = 0;
        try
        {
            Console.WriteLine(a / divisor);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }
        try
        {
            a %= divisor;
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("remainder by zero");
        }
        Console.WriteLine(1.0 / divisor + " " + -1.0 / divisor + " " + 0.0 / divisor);
        int wide = 300, over = 200, huge = 70000, minusOne = -1;
        byte low = (byte)wide;
        sbyte signed = (sbyte)over;
        short s = (short)huge;
        Console.WriteLine(low + " " + signed + " " + s + " " + (ushort)minusOne);
        char c = 'A';
        c = (char)(c + 2);
        int code = c;
        Console.WriteLine(c + " " + code + " " + (char)(code + 1) + " " + ('z' - 'a'));
        Console.WriteLine(true ^ false);
        Console.WriteLine((true & Side("left")) + " " + (false | Side("right")));
    }

    private static bool Side(string which)
    {
        Console.WriteLine("evaluated " + which);
        return true;
    }
}

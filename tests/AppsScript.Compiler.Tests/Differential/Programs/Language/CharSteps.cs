using System;
using System.Text;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var letters = new StringBuilder();
        for (var c = 'a'; c <= 'e'; c++) letters.Append(c);
        Console.WriteLine(letters.ToString());
        var down = "";
        for (var c = 'Z'; c > 'U'; c--) down += c;
        Console.WriteLine(down);
        var cursor = 'm';
        var before = cursor++;
        var after = ++cursor;
        Console.WriteLine($"{before} {after} {cursor}");
        var shifted = 'a';
        shifted += (char)3;
        shifted -= (char)1;
        Console.WriteLine(shifted);
        var digits = new char[] { '0', '5', '9' };
        digits[1]++;
        Console.WriteLine(new string(digits));
    }
}

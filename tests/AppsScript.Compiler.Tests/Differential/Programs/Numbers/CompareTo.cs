using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(1.CompareTo(2) + " " + 2.CompareTo(1) + " " + 5.CompareTo(5) + " " + int.MinValue.CompareTo(int.MaxValue) + " " + 10L.CompareTo(-10L));
        var doubles = new[] { 1.0, -1.0, 0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity };
        foreach (var a in doubles)
        {
            var row = a + ":";
            foreach (var b in doubles) row += " " + a.CompareTo(b);
            Console.WriteLine(row);
        }
        var scores = new[] { 3.5, double.NaN, -1.0, 10.0, 0.0 };
        for (var i = 1; i < 5; i++)
        {
            for (var j = i; j > 0 && scores[j - 1].CompareTo(scores[j]) > 0; j--)
            {
                (scores[j - 1], scores[j]) = (scores[j], scores[j - 1]);
            }
        }
        Console.WriteLine(string.Join(", ", scores));
    }
}

using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Math.PI + " " + Math.E + " " + Math.PI.ToString("F4") + " " + Math.E.ToString("E3") + " " + (2 * Math.PI) + " " + Math.PI / 2);
        var radius = 2.5;
        Console.WriteLine($"area {Math.PI * radius * radius:N3} circumference {2 * Math.PI * radius:G6} {Math.Round(Math.PI, 2)} {Math.Floor(Math.E)}");
        const double Tau = Math.PI * 2;
        Console.WriteLine(Tau + " " + Tau.ToString("G3"));
    }
}

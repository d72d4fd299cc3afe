using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var angles = new[] { 0.0, Math.PI / 6, Math.PI / 4, Math.PI / 2, Math.PI, -Math.PI / 3, 1.0, 2.0 };
        foreach (var angle in angles)
        {
            Console.WriteLine($"{angle:F6}: sin={Math.Sin(angle):F12} cos={Math.Cos(angle):F12} tan={Math.Tan(angle):E10}");
        }
        Console.WriteLine($"{Math.Asin(1):F12} {Math.Acos(0.5):F12} {Math.Atan(1):F12} {Math.Atan2(1, -1):F12} {Math.Atan2(-0.0, -1):F12} {Math.Atan2(0, 0)}");
        Console.WriteLine($"{Math.Sinh(1):F12} {Math.Cosh(1):F12} {Math.Tanh(0.5):F12} {Math.Asinh(1):F12} {Math.Acosh(2):F12} {Math.Atanh(0.5):F12}");
        Console.WriteLine(Math.Sin(0) + " " + Math.Cos(0) + " " + Math.Atan(double.PositiveInfinity) + " " + Math.Asin(2) + " " + Math.Tan(0));
        var lat1 = 52.52 * Math.PI / 180;
        var lat2 = 48.8566 * Math.PI / 180;
        var dLon = (2.3522 - 13.405) * Math.PI / 180;
        var distance = Math.Acos(Math.Sin(lat1) * Math.Sin(lat2) + Math.Cos(lat1) * Math.Cos(lat2) * Math.Cos(dLon)) * 6371;
        Console.WriteLine($"Berlin-Paris {distance:F1} km");
    }
}

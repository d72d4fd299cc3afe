using System;
using System.Globalization;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        int count = -1234;
        long total = 9876543210L;
        double ratio = 0.1 + 0.7;
        short small = -3;
        byte tiny = 250;
        bool done = true;
        char letter = 'q';
        Console.WriteLine(count.ToString() + " " + total.ToString() + " " + ratio.ToString() + " " + small.ToString() + " " + tiny.ToString() + " " + done.ToString() + " " + letter.ToString());
        Console.WriteLine(count.ToString(CultureInfo.InvariantCulture) + " " + ratio.ToString(CultureInfo.InvariantCulture) + " " + done.ToString(CultureInfo.InvariantCulture) + " " + total.ToString(NumberFormatInfo.InvariantInfo));
        Console.WriteLine(count.ToString("N0", CultureInfo.InvariantCulture) + " " + ratio.ToString("P1", CultureInfo.InvariantCulture) + " " + total.ToString("E3", CultureInfo.CurrentCulture) + " " + small.ToString("D4") + " " + tiny.ToString("X"));
        Console.WriteLine(ratio.ToString("") + " " + ratio.ToString((string?)null) + " " + ratio.ToString("R") + " " + ratio.ToString("G16") + " " + ratio.ToString("F15"));
        var labels = "";
        for (var i = 0; i < 4; i++) labels += (i * 0.25).ToString("P0") + (i < 3 ? "," : "");
        Console.WriteLine(labels);
    }
}

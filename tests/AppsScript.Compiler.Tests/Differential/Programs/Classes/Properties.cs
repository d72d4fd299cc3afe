using System;
using AppsScript.Interop;

public class Temperature
{
    private double celsius;

    public double Celsius
    {
        get => celsius;
        set
        {
            if (value < -273.15) throw new ArgumentOutOfRangeException(nameof(value), "below absolute zero");
            celsius = value;
            Changes++;
        }
    }

    public double Fahrenheit
    {
        get { return celsius * 9 / 5 + 32; }
        set { Celsius = (value - 32) * 5 / 9; }
    }

    public int Changes { get; private set; }

    public string Label { get; init; } = "room";

    public bool IsFreezing => celsius <= 0;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var t = new Temperature { Celsius = 20, Label = "office" };
        Console.WriteLine($"{t.Label}: {t.Celsius}C {t.Fahrenheit}F changes={t.Changes} freezing={t.IsFreezing}");
        t.Fahrenheit = 14;
        Console.WriteLine($"{t.Label}: {t.Celsius}C {t.Fahrenheit}F changes={t.Changes} freezing={t.IsFreezing}");
        t.Celsius += 5;
        Console.WriteLine(t.Celsius + " " + t.Changes);
        try
        {
            t.Celsius = -300;
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
            Console.WriteLine(e.ParamName);
        }
        var plain = new Temperature();
        Console.WriteLine(plain.Label + " " + plain.Celsius + " " + plain.Changes);
    }
}

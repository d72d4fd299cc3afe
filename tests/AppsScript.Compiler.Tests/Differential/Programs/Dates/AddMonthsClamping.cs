using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var endOfJanuary = new DateTime(2025, 1, 31, 8, 15, 30, 500, DateTimeKind.Utc);
        for (var months = -13; months <= 13; months += 2)
        {
            Console.WriteLine($"{months,3} months: {endOfJanuary.AddMonths(months).ToString("o")}");
        }
        var leapDay = new DateTime(2024, 2, 29, 12, 0, 0, DateTimeKind.Utc);
        Console.WriteLine(leapDay.AddYears(1).ToString("o"));
        Console.WriteLine(leapDay.AddYears(4).ToString("o"));
        Console.WriteLine(leapDay.AddYears(-100).ToString("o"));
        Console.WriteLine(leapDay.AddYears(-400).ToString("o"));
        Console.WriteLine(leapDay.AddMonths(12).ToString("o"));
        Console.WriteLine(leapDay.AddMonths(-1).ToString("o"));
        Console.WriteLine(new DateTime(2025, 3, 31, 0, 0, 0, DateTimeKind.Utc).AddMonths(-1).ToString("o"));
        Console.WriteLine(new DateTime(2025, 5, 31, 0, 0, 0, DateTimeKind.Utc).AddMonths(1).ToString("o"));
        Console.WriteLine(new DateTime(1970, 1, 31, 0, 0, 0, DateTimeKind.Utc).AddMonths(-1).ToString("o"));
        var years = 3;
        Console.WriteLine(endOfJanuary.AddYears(years).AddMonths(-years).ToString("o"));
        Console.WriteLine(endOfJanuary.AddMonths(0) == endOfJanuary);
    }
}

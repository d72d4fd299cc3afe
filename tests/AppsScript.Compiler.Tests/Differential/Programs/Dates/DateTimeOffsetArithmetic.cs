using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var paris = DateTimeOffset.Parse("2026-03-29T01:30:00+01:00");
        var utc = DateTimeOffset.Parse("2026-03-29T00:30:00Z");
        var tokyo = DateTimeOffset.Parse("2026-03-29T09:30:00+09:00");
        Console.WriteLine($"{paris == utc} {utc == tokyo} {paris != tokyo} {paris.Equals(utc)} {DateTimeOffset.Equals(utc, tokyo)}");
        Console.WriteLine($"{paris < tokyo} {paris <= tokyo} {paris > tokyo} {paris >= tokyo} {paris.CompareTo(tokyo)} {DateTimeOffset.Compare(paris, tokyo)}");
        var later = paris.AddHours(5).AddMinutes(30).AddSeconds(15).AddMilliseconds(5).AddDays(1);
        Console.WriteLine(later.UtcDateTime.ToString("o"));
        Console.WriteLine((later - paris).TotalMinutes);
        Console.WriteLine(later.Subtract(paris));
        Console.WriteLine(later.Subtract(TimeSpan.FromDays(2)).UtcDateTime.ToString("o"));
        Console.WriteLine((later + TimeSpan.FromHours(1)).UtcDateTime.ToString("o"));
        Console.WriteLine((later - TimeSpan.FromHours(1)).UtcDateTime.ToString("o"));
        Console.WriteLine(later.Add(TimeSpan.FromMilliseconds(995)).UtcDateTime.ToString("o"));
        Console.WriteLine(tokyo.ToUniversalTime().UtcDateTime.ToString("o"));
        DateTimeOffset fromDateTime = new DateTime(2026, 3, 29, 0, 30, 0, DateTimeKind.Utc);
        Console.WriteLine(fromDateTime == utc);
        Console.WriteLine(new DateTimeOffset(new DateTime(2026, 3, 29, 0, 30, 0, DateTimeKind.Utc)) == paris);
        var slot = tokyo;
        slot += TimeSpan.FromMinutes(10);
        slot -= TimeSpan.FromSeconds(30);
        Console.WriteLine(slot.UtcDateTime.ToString("o"));
    }
}

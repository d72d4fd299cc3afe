using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        DateTime? lastSync = null;
        DateTime? synced = new DateTime(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc);
        var now = new DateTime(2026, 5, 1, 13, 0, 0, DateTimeKind.Utc);
        Console.WriteLine($"{lastSync < now} {lastSync > now} {lastSync <= now} {lastSync == null} {lastSync != now} {synced < now} {synced == now.AddHours(-1)}");
        Console.WriteLine($"{lastSync.HasValue} {synced.HasValue} {synced.Value.ToString("o")} {lastSync.GetValueOrDefault().ToString("o")}");
        Console.WriteLine((lastSync ?? DateTime.UnixEpoch).ToString("o"));
        Console.WriteLine(lastSync.GetValueOrDefault(now).ToString("o"));
        TimeSpan? sinceLast = now - lastSync;
        TimeSpan? sinceSynced = now - synced;
        Console.WriteLine($"[{sinceLast}] [{sinceSynced}] [{-sinceLast}] [{-sinceSynced}] {sinceSynced > TimeSpan.FromMinutes(30)} {sinceLast > TimeSpan.FromMinutes(30)}");
        Console.WriteLine($"[{lastSync + TimeSpan.FromDays(1)}] [{synced + TimeSpan.FromDays(1)}]");
        Console.WriteLine($"[{lastSync?.AddDays(1)}] [{synced?.AddDays(1)}] [{lastSync?.Year}] [{synced?.Year}]");
        Console.WriteLine(NeedsSync(lastSync, now) + " " + NeedsSync(synced, now) + " " + NeedsSync(now.AddMinutes(-5), now));
        try
        {
            Console.WriteLine(lastSync.Value);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            Console.WriteLine((DateTime)lastSync);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
    }

    private static bool NeedsSync(DateTime? last, DateTime now) => last is null || now - last.Value > TimeSpan.FromMinutes(30);
}

using System;
using AppsScript.Interop;

public enum Status { Pending, Downloading, Downloaded = 10, NotFound, Failed = -1 }

[Flags]
public enum Scope { None = 0, Read = 1, Write = 2, Delete = 4, All = Read | Write | Delete }

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var status = Status.Downloaded;
        Console.WriteLine(status);
        Console.WriteLine((int)status);
        Console.WriteLine((Status)11);
        Console.WriteLine((Status)42);
        Console.WriteLine(Status.Failed + " " + (int)Status.Failed);
        Console.WriteLine($"{Status.Pending} < {Status.NotFound}: {Status.Pending < Status.NotFound}");
        var scope = Scope.Read | Scope.Write;
        Console.WriteLine((int)scope);
        Console.WriteLine((scope & Scope.Write) == Scope.Write);
        Console.WriteLine((scope & Scope.Delete) != 0);
        Console.WriteLine((int)Scope.All);
        Console.WriteLine(Scope.All);
        scope |= Scope.Delete;
        Console.WriteLine(scope == Scope.All);
        Status next = status switch
        {
            Status.Pending => Status.Downloading,
            Status.Downloading => Status.Downloaded,
            _ => status,
        };
        Console.WriteLine(next);
        Status? maybe = null;
        Console.WriteLine($"[{maybe}] {maybe == Status.Pending} {maybe ?? Status.Failed}");
    }
}

using System;
using AppsScript.Interop;

public static class Registry
{
    public const string Prefix = "id-";
    public static readonly int Start = Compute(40);
    private static int next = Start;
    public static int Issued { get; private set; }

    private static int Compute(int seed) => seed + 2;

    public static string NextId()
    {
        Issued++;
        return Prefix + next++;
    }
}

public class Config
{
    public static Config Default { get; } = new Config("default", 5);
    public static int Created;

    public Config(string name, int interval)
    {
        Name = name;
        Interval = interval;
        Created++;
    }

    public string Name { get; }
    public int Interval { get; }
}

[GlobalFunctions]
public static class Program
{
    private static readonly string Banner = "start " + Registry.Prefix;
    private static int calls;

    public static void Main()
    {
        Console.WriteLine(Banner);
        Console.WriteLine(Registry.NextId());
        Console.WriteLine(Registry.NextId());
        Console.WriteLine("issued " + Registry.Issued + " start " + Registry.Start);
        Console.WriteLine(Config.Default.Name + " " + Config.Default.Interval + " created " + Config.Created);
        var custom = new Config("custom", 15);
        Console.WriteLine(custom.Name + " created " + Config.Created);
        Count();
        Count();
        Console.WriteLine("calls " + calls);
    }

    private static void Count() => calls++;
}

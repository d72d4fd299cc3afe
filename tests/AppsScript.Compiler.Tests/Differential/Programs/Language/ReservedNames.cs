using System;
using AppsScript.Interop;

public class Holder
{
    public int Function { get; set; }
    public string Delete { get; set; } = "del";
    public int Constructor { get; set; } = 7;
    public static string Name => "holder";
    public static int Length = 3;

    public int Default(int @var) => @var + Function;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var @function = 1;
        var @let = 2;
        var @delete = 3;
        var arguments = 4;
        var eval = 5;
        var @yield = 6;
        var await = 7;
        var @new = @function + @let + @delete + arguments + eval + @yield + await;
        Console.WriteLine(@new);
        var Math = "shadowing Math";
        var Object = "shadowing Object";
        var JSON = "shadowing JSON";
        var console = "shadowing console";
        var main = "a local named like the entry point";
        var helper = Helper();
        Console.WriteLine($"{Math} {Object} {JSON} {console} {main} {helper}");
        var holder = new Holder { Function = 10 };
        Console.WriteLine(holder.Default(5) + " " + holder.Delete + " " + holder.Constructor);
        Console.WriteLine(Holder.Name + " " + Holder.Length);
        var undefined = "not undefined";
        var NaN = 1;
        var Infinity = 2;
        Console.WriteLine(undefined + " " + (NaN + Infinity));
        var result = System.Math.Max(3, 4);
        Console.WriteLine(result);
    }

    private static string Helper() => "helper";
}

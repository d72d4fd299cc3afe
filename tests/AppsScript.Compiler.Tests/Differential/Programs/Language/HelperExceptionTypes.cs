using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;
using Newtonsoft.Json;

namespace Shop
{
    public class SyncError : InvalidOperationException
    {
        public SyncError(string message) : base(message)
        {
        }

        public class Retry : SyncError
        {
            public Retry() : base("retry")
            {
            }
        }
    }
}

public class Lost : KeyNotFoundException
{
}

public class Payload
{
    public int Count { get; set; }
}

public class Fragile
{
    public static readonly int Value;

    static Fragile()
    {
        Value = int.Parse("?");
    }
}

public class Shape
{
    public virtual string Name() => "shape";
}

[GlobalFunctions]
public static class Program
{
    private static void Report(string what, Exception ex)
    {
        Console.WriteLine(what + ": " + ex.GetType().Name + " / " + ex.GetType().FullName);
        Console.WriteLine("  message: " + ex.Message);
        Console.WriteLine("  system " + (ex is SystemException) + ", argument " + (ex is ArgumentException)
            + ", arithmetic " + (ex is ArithmeticException) + ", invalid operation " + (ex is InvalidOperationException)
            + ", format " + (ex is FormatException) + ", key " + (ex is KeyNotFoundException));
    }

    private static void Run(string what, Action action)
    {
        try
        {
            action();
            Console.WriteLine(what + ": no exception");
        }
        catch (Exception ex)
        {
            Report(what, ex);
        }
    }

    public static void Main()
    {
        var ages = new Dictionary<string, int> { ["ann"] = 3 };
        var list = new List<int> { 1, 2 };
        var empty = new List<int>();
        Run("missing key", () => Console.WriteLine(ages["bob"]));
        Run("duplicate key", () => ages.Add("ann", 4));
        Run("parse", () => Console.WriteLine(int.Parse("x1")));
        Run("overflow", () => Console.WriteLine(checked(int.MaxValue + list.Count)));
        Run("divide", () => Console.WriteLine(list[0] / (list.Count - 2)));
        Run("first", () => Console.WriteLine(empty.First()));
        Run("single", () => Console.WriteLine(list.Single()));
        Run("max", () => Console.WriteLine(empty.Max()));
        Run("substring", () => Console.WriteLine("abc".Substring(5)));
        Run("thrown argument null", () => throw new ArgumentNullException("name"));
        Run("thrown out of range", () => throw new ArgumentOutOfRangeException("count", "too many"));
        Run("thrown invalid", () => throw new InvalidOperationException());
        Run("thrown plain", () => throw new Exception("plain"));
        Run("thrown system", () => throw new SystemException());
        Run("thrown system message", () => throw new SystemException("broken"));
        Run("sync error", () => throw new Shop.SyncError("sync"));
        Run("retry", () => throw new Shop.SyncError.Retry());
        Run("lost", () => throw new Lost());
        Run("json reader", () => Console.WriteLine(JsonConvert.DeserializeObject<Payload>("{\"Count\": \"x\"}").Count));
        Run("json serialization", () => Console.WriteLine(JsonConvert.DeserializeObject<Payload>("[1]").Count));
        Run("switch", () => Console.WriteLine(list.Count switch { 0 => "none", 1 => "one" }));
        Run("type initializer", () => Console.WriteLine(Fragile.Value));
        Run("convert", () => Console.WriteLine(Convert.FromBase64String("###").Length));
        Run("enum", () => Console.WriteLine(Enum.Parse<DayOfWeek>("Someday")));
        Run("cast", () =>
        {
            object error = new KeyNotFoundException();
            Console.WriteLine(((Shape)error).Name());
        });
        try
        {
            throw new Shop.SyncError.Retry();
        }
        catch (InvalidOperationException ex) when (ex is SystemException)
        {
            Console.WriteLine("retry is a system exception: " + ex.GetType().FullName);
        }
        try
        {
            Console.WriteLine(int.Parse(""));
        }
        catch (SystemException ex) when (ex is FormatException format)
        {
            Console.WriteLine("format caught as SystemException: " + format.GetType().Name + " " + format.Message);
        }
        var errors = new List<Exception> { new Shop.SyncError("a"), new Lost(), new ArgumentNullException("p"), new Exception("e"), new SystemException("s") };
        foreach (var error in errors)
        {
            Console.WriteLine(error.GetType().Name + " " + error.GetType().FullName + " " + (error is SystemException) + " " + (error is ArgumentException));
        }
        Shop.SyncError typed = new Shop.SyncError.Retry();
        Console.WriteLine(typed.GetType().Name + " " + typed.GetType().FullName);
        InvalidOperationException invalid = new Shop.SyncError("b");
        Console.WriteLine(invalid.GetType().Name + " " + invalid.GetType().FullName);
        try
        {
            Console.WriteLine("abc".Substring(1, 9));
        }
        catch (ArgumentException ex)
        {
            Console.WriteLine("caught as ArgumentException: " + ex.GetType().Name);
        }
        try
        {
            Console.WriteLine(checked(int.MinValue - list.Count));
        }
        catch (ArithmeticException ex)
        {
            Console.WriteLine("caught as ArithmeticException: " + ex.GetType().FullName);
        }
        try
        {
            Console.WriteLine(ages["zed"]);
        }
        catch (SystemException ex)
        {
            Console.WriteLine("caught as SystemException: " + ex.GetType().FullName);
        }
    }
}

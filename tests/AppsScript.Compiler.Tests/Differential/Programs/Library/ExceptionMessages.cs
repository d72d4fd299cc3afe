using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AppsScript.Interop;

namespace Shop
{
    public class SyncError : Exception
    {
        public SyncError() { }
    }

    public class Outer
    {
        public class NestedError : Exception
        {
            public NestedError() { }
        }
    }
}

public class PlainError : Exception
{
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Show("Exception", () => throw new Exception());
        Show("SyncError", () => throw new Shop.SyncError());
        Show("NestedError", () => throw new Shop.Outer.NestedError());
        Show("PlainError", () => throw new PlainError());
        Show("InvalidOperationException", () => throw new InvalidOperationException());
        Show("ArgumentException", () => throw new ArgumentException());
        Show("ArgumentNullException", () => throw new ArgumentNullException());
        Show("ArgumentNullException name", () => throw new ArgumentNullException("x"));
        Show("ArgumentOutOfRangeException", () => throw new ArgumentOutOfRangeException());
        Show("ArgumentOutOfRangeException name", () => throw new ArgumentOutOfRangeException("x"));
        Show("FormatException", () => throw new FormatException());
        Show("KeyNotFoundException", () => throw new KeyNotFoundException());
        Show("NotImplementedException", () => throw new NotImplementedException());
        Show("NotSupportedException", () => throw new NotSupportedException());
        Show("OverflowException", () => throw new OverflowException());
        Show("TimeoutException", () => throw new TimeoutException());
        Show("DivideByZeroException", () => throw new DivideByZeroException());
        Show("InvalidCastException", () => throw new InvalidCastException());
        Show("int.Parse", () => int.Parse("x1"));
        Show("int.Parse null", () => int.Parse(null!));
        Show("int.Parse overflow", () => int.Parse("99999999999"));
        Show("long.Parse overflow", () => long.Parse("99999999999999999999"));
        Show("double.Parse", () => double.Parse("abc"));
        Show("bool.Parse", () => bool.Parse("yes"));
        Show("Convert.ToInt32", () => Convert.ToInt32(1e10));
        Show("Convert.ToInt64", () => Convert.ToInt64(1e20));
        Show("checked", () => { int big = int.MaxValue; checked { big += 1; } });
        Show("divide", () => { int zero = 0; Console.WriteLine(1 / zero); });
        Show("remainder", () => { int zero = 0; Console.WriteLine(1 % zero); });
        Show("Add duplicate", () => new Dictionary<string, int> { { "a", 1 }, { "a", 2 } });
        Show("indexer missing", () => Console.WriteLine(new Dictionary<string, int>()["k"]));
        Show("First", () => new List<int>().First());
        Show("First predicate", () => new List<int> { 1 }.First(x => x > 1));
        Show("Last", () => new List<int>().Last());
        Show("Single many", () => new List<int> { 1, 2 }.Single());
        Show("Single none", () => new List<int>().Single());
        Show("Single predicate", () => new List<int> { 1, 2 }.Single(x => x > 0));
        Show("SingleOrDefault many", () => new List<int> { 1, 2 }.SingleOrDefault());
        Show("Max empty", () => new List<int>().Max());
        Show("Average empty", () => new List<int>().Average());
        Show("Aggregate empty", () => new List<int>().Aggregate((a, b) => a + b));
        Show("Substring start", () => "abc".Substring(5));
        Show("Substring length", () => "abc".Substring(1, 5));
        Show("Substring negative", () => "abc".Substring(-1));
        Show("Remove", () => "abc".Remove(5));
        Show("Remove count", () => "abc".Remove(1, 5));
        Show("Insert", () => "abc".Insert(5, "x"));
        Show("Clamp", () => Math.Clamp(5, 3, 1));
        Show("Sign NaN", () => Math.Sign(double.NaN));
        Show("Round digits", () => Math.Round(1.5, 16));
        Show("Range", () => Enumerable.Range(0, -1));
        Show("Repeat", () => Enumerable.Repeat("a", -1));
        Show("Replace empty", () => "abc".Replace("", "x"));
        Show("Replace null", () => "abc".Replace(null!, "x"));
        Show("Chunk", () => new List<int> { 1 }.Chunk(0).ToList());
        Show("FromBase64", () => Convert.FromBase64String("!!"));
        Show("Nullable", () => { int? none = null; Console.WriteLine(none.Value); });
        Show("new string", () => new string('a', -1));
        Show("PadLeft", () => "a".PadLeft(-1));
        Show("StringBuilder", () => { var b = new StringBuilder(); b.Length = -1; });
        Show("DateTime", () => new DateTime(2024, 2, 30, 0, 0, 0, DateTimeKind.Utc));
        Show("DateTime hour", () => new DateTime(2024, 2, 3, 25, 0, 0, DateTimeKind.Utc));
        Show("Uri", () => Uri.EscapeDataString(null!));
        Show("Enum.Parse", () => Enum.Parse<DayOfWeek>("Funday"));
        Show("switch", () => { int n = 3; Console.WriteLine(n switch { 1 => "a", 2 => "b" }); });
    }

    private static void Show(string label, Action action)
    {
        try
        {
            action();
            Console.WriteLine(label + ": no exception");
        }
        catch (Exception e)
        {
            Console.WriteLine(label + ": " + e.Message);
        }
    }
}

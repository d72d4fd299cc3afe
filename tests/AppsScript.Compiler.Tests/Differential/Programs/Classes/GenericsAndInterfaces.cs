using System;
using System.Collections.Generic;
using AppsScript.Interop;

public interface IShape
{
    string Name { get; }
    double Area();
}

public interface IScaled : IShape
{
    IShape Scale(double factor);
}

public class Square : IScaled
{
    public Square(double side)
    {
        Side = side;
    }

    public double Side { get; }
    public string Name => "square";
    public double Area() => Side * Side;
    public IShape Scale(double factor) => new Square(Side * factor);
}

public class Box<T>
{
    private readonly List<T> items = new List<T>();

    public void Put(T item) => items.Add(item);

    public int Count => items.Count;

    public T Get(int index) => items[index];

    public TResult Fold<TResult>(TResult seed, Func<TResult, T, TResult> step)
    {
        var result = seed;
        for (var i = 0; i < items.Count; i++) result = step(result, items[i]);
        return result;
    }
}

public class Result<T> where T : class
{
    private Result(bool ok, T? value, string? error)
    {
        Ok = ok;
        Value = value;
        Error = error;
    }

    public bool Ok { get; }
    public T? Value { get; }
    public string? Error { get; }

    public static Result<T> Success(T value) => new Result<T>(true, value, null);
    public static Result<T> Failure(string error) => new Result<T>(false, default, error);

    public override string ToString() => Ok ? "ok: " + Value : "error: " + Error;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        IScaled square = new Square(3);
        IShape bigger = square.Scale(2);
        Console.WriteLine($"{square.Name} {square.Area()} -> {bigger.Name} {bigger.Area()}");
        var box = new Box<string>();
        box.Put("a");
        box.Put("bb");
        box.Put("ccc");
        Console.WriteLine(box.Count + " " + box.Get(1));
        Console.WriteLine(box.Fold(0, (total, s) => total + s.Length));
        Console.WriteLine(box.Fold("", (acc, s) => acc + s.ToUpperInvariantOrSelf()));
        Console.WriteLine(Result<string>.Success("42"));
        Console.WriteLine(Result<string>.Failure("nope"));
        Console.WriteLine(Pick(true, "left", "right") + Pick(false, 1, 2));
    }

    private static T Pick<T>(bool first, T a, T b) => first ? a : b;
}

public static class StringExtensions
{
    public static string ToUpperInvariantOrSelf(this string text) => text.Length > 1 ? "[" + text + "]" : text;
}

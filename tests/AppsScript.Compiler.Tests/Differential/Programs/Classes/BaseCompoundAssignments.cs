using System;
using System.Collections.Generic;
using AppsScript.Interop;

public class Counter
{
    private int count;
    private string label;
    private readonly int[] cells = new int[3];

    public virtual int Count
    {
        get { Console.WriteLine("Counter.get " + count); return count; }
        set { Console.WriteLine("Counter.set " + value); count = value; }
    }

    public int Plain { get; set; }

    protected long total;

    public string Label
    {
        get { Console.WriteLine("Counter.get label"); return label; }
        set { Console.WriteLine("Counter.set label " + value); label = value; }
    }

    public virtual int this[int i]
    {
        get { Console.WriteLine("Counter.getItem " + i); return cells[i]; }
        set { Console.WriteLine("Counter.setItem " + i + " " + value); cells[i] = value; }
    }
}

public class Doubling : Counter
{
    public override int Count
    {
        get { Console.WriteLine("Doubling.get"); return base.Count * 2; }
        set { Console.WriteLine("Doubling.set " + value); base.Count = value; }
    }

    public override int this[int i]
    {
        get { Console.WriteLine("Doubling.getItem " + i); return -1; }
        set { Console.WriteLine("Doubling.setItem " + i + " " + value); }
    }

    private static int Step(string what, int value)
    {
        Console.WriteLine("step " + what);
        return value;
    }

    public void Run()
    {
        base.Count += Step("add", 5);
        base.Count *= Step("multiply", 3);
        base.Count /= Step("divide", 2);
        base.Count++;
        ++base.Count;
        base.Count--;
        Console.WriteLine("postfix " + base.Count++);
        Console.WriteLine("prefix " + --base.Count);
        Console.WriteLine("compound value " + (base.Count -= 4));
        checked { base.Count += 1; }
        base.Plain += 7;
        base.Plain++;
        Console.WriteLine("plain " + base.Plain);
        base.total += base.Plain;
        base.total <<= 2;
        Console.WriteLine("total " + base.total++ + " " + total);
        base.Label ??= "first";
        base.Label ??= "second";
        base.Label += "!";
        Console.WriteLine("label " + base.Label);
        base[Step("index", 1)] += Step("value", 4);
        base[Step("index", 1)]++;
        Console.WriteLine("indexer postfix " + base[Step("index", 1)]++);
        Console.WriteLine("indexer prefix " + ++base[2]);
        base[0] -= 3;
        Console.WriteLine("cells " + base[0] + " " + base[1] + " " + base[2]);
        Console.WriteLine("count " + base.Count + " " + Count);
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var doubling = new Doubling();
        doubling.Run();
        Console.WriteLine("through override " + doubling.Count);
    }
}

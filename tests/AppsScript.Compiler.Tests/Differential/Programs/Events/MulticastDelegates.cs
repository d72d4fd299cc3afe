using System;
using System.Collections.Generic;
using AppsScript.Interop;

public class Listener
{
    private readonly string name;

    public Listener(string name) => this.name = name;

    public int Calls { get; private set; }

    public void Handle(int value)
    {
        Calls++;
        Console.WriteLine(name + " handles " + value);
    }

    public int Twice(int value) => value * 2;
}

[GlobalFunctions]
public static class Program
{
    private static void Log(int value) => Console.WriteLine("static log " + value);

    private static int Add(int value) => value + 100;

    private static void Run(string label, Action<int>? action, int value)
    {
        var prefix = label + ": ";
        if (action is null) Console.WriteLine(prefix + "null");
        else
        {
            Console.WriteLine(prefix + action.GetInvocationList().Length + " handlers");
            action(value);
        }
    }

    public static void Main()
    {
        Action<int> first = v => Console.WriteLine("first " + v);
        Action<int> second = v => Console.WriteLine("second " + v);
        Action<int>? combined = first;
        combined += second;
        combined += first;
        Run("three", combined, 1);
        combined -= first;
        Run("last first removed", combined, 2);
        combined -= first;
        Run("first removed again", combined, 3);
        combined -= first;
        Run("no match", combined, 4);
        combined -= second;
        Run("all removed", combined, 5);
        combined -= second;
        Run("removed from null", combined, 6);
        combined += null;
        Run("null added", combined, 7);

        var sum = first + second + first;
        Run("sum", sum, 8);
        Run("sum minus pair", sum - (second + first), 9);
        Run("sum minus reversed pair", sum - (first + second), 10);
        Run("sum minus absent pair", sum - (second + second), 11);
        Run("sum minus itself", sum - sum, 12);
        Run("null plus null", (Action<int>?)null + null, 13);

        var a = new Listener("a");
        var b = new Listener("b");
        Action<int>? methods = a.Handle;
        methods += b.Handle;
        methods += Log;
        methods += a.Handle;
        Run("methods", methods, 20);
        methods -= a.Handle;
        Run("a removed by a new method group", methods, 21);
        methods -= Log;
        Run("static removed", methods, 22);
        methods -= new Listener("c").Handle;
        Run("other target", methods, 23);
        Console.WriteLine("a calls " + a.Calls + ", b calls " + b.Calls);

        Func<int, int>? results = a.Twice;
        results += Add;
        results += v => v - 1;
        Console.WriteLine("last result " + results(10));
        results -= Add;
        Console.WriteLine("after removing Add " + results!(10) + ", " + results.GetInvocationList().Length);

        Action<int>? throwing = v => Console.WriteLine("before " + v);
        throwing += v => throw new InvalidOperationException("stop at " + v);
        throwing += v => Console.WriteLine("never " + v);
        try { throwing(30); }
        catch (InvalidOperationException e) { Console.WriteLine("InvalidOperationException: " + e.Message); }

        var log = new List<string>();
        Action? chain = null;
        Action? self = null;
        self = () => { log.Add("self"); chain -= self; };
        chain += () => log.Add("one");
        chain += self;
        chain += () => log.Add("two");
        chain();
        chain();
        Console.WriteLine(string.Join(",", log));

        Action local = LocalHandler;
        Action? locals = local;
        locals += LocalHandler;
        locals -= LocalHandler;
        locals!();
        Console.WriteLine(locals.GetInvocationList().Length);

        void LocalHandler() => Console.WriteLine("local handler");
    }
}

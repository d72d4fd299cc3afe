using System;
using AppsScript.Interop;

public class Account
{
    public int Balance;
    public string Note = "none";

    public void Withdraw(int amount) => Ledger.Take(ref Balance, amount, ref Note);
}

public static class Ledger
{
    public static void Take(ref int balance, int amount, ref string note)
    {
        note = "trying " + amount;
        if (amount > balance) throw new InvalidOperationException($"only {balance} left");
        balance -= amount;
        note = "took " + amount;
    }

    public static void SetThenThrow(out int value, int set)
    {
        value = set;
        throw new ArgumentException("after setting " + set);
    }

    public static void Twice(ref int a, ref int b)
    {
        a += 1;
        b += 10;
        Console.WriteLine($"inside: a={a} b={b}");
    }

    public static void Watch(ref int value, Func<int> field)
    {
        value = 42;
        Console.WriteLine($"field sees {field()}");
    }

    public static int Read(in int value, Action change)
    {
        var before = value;
        change();
        return before * 100 + value;
    }

    public static void Nothing(out string text) => text = null!;
}

[GlobalFunctions]
public static class Program
{
    private static int _shared;

    public static void Main()
    {
        var account = new Account { Balance = 50 };
        account.Withdraw(20);
        Console.WriteLine($"{account.Balance} {account.Note}");
        try
        {
            account.Withdraw(100);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"{e.Message}; {account.Balance} {account.Note}");
        }

        var local = 7;
        try
        {
            Ledger.SetThenThrow(out local, 99);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine($"{e.Message}: local={local}");
        }

        var array = new[] { 1, 2 };
        try
        {
            Ledger.SetThenThrow(out array[1], 5);
        }
        catch (Exception e)
        {
            Console.WriteLine($"caught: {string.Join(",", array)}");
        }

        var same = 0;
        Ledger.Twice(ref same, ref same);
        Console.WriteLine(same);

        Ledger.Watch(ref _shared, () => _shared);
        Console.WriteLine(_shared);

        var watched = 3;
        Console.WriteLine(Ledger.Read(watched, () => watched = 4));
        Console.WriteLine(Ledger.Read(in watched, () => watched++));
        Console.WriteLine(Ledger.Read(8, () => watched++) + " " + watched);

        Ledger.Nothing(out var text);
        Console.WriteLine(text == null);
        string note = "before";
        try
        {
            var balance = 1;
            Ledger.Take(ref balance, 5, ref note);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message + " / " + note);
        }
    }
}

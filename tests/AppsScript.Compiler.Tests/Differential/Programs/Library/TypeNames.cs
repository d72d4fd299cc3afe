using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

namespace Shop.Accounts
{
    public abstract class Account
    {
        public abstract string Kind { get; }
    }

    public class Basic : Account
    {
        public override string Kind => "basic";
    }

    public class Premium : Basic
    {
        public override string Kind => "premium";
    }

    public sealed class Business : Account
    {
        public override string Kind => "business";
    }

    public class Box<T>
    {
        public string Label(T item) => "box of " + item;
    }

    public class Outer
    {
        public class Inner
        {
        }
    }

    public enum Tier { Free, Paid }
}

[GlobalFunctions]
public static class Program
{
    private static int _made;

    private static Shop.Accounts.Account Make(int i)
    {
        _made++;
        return i % 3 == 0 ? new Shop.Accounts.Basic() : i % 3 == 1 ? new Shop.Accounts.Premium() : new Shop.Accounts.Business();
    }

    public static void Main()
    {
        var accounts = new List<Shop.Accounts.Account> { new Shop.Accounts.Basic(), new Shop.Accounts.Premium(), new Shop.Accounts.Business() };
        foreach (var account in accounts)
        {
            Console.WriteLine($"{account.GetType().Name} {account.GetType().FullName} {account.Kind} is Basic: {account.GetType() == typeof(Shop.Accounts.Basic)} not Premium: {account.GetType() != typeof(Shop.Accounts.Premium)}");
        }
        Console.WriteLine("by type name: " + string.Join(", ", accounts.GroupBy(a => a.GetType().Name).Select(g => g.Key + "=" + g.Count())));
        Console.WriteLine("same type: " + (accounts[0].GetType() == accounts[1].GetType()) + " " + (accounts[0].GetType() == new Shop.Accounts.Basic().GetType()));
        Shop.Accounts.Basic basic = new Shop.Accounts.Premium();
        Console.WriteLine("static type Basic holding Premium: " + basic.GetType().Name);
        var business = new Shop.Accounts.Business();
        Console.WriteLine("sealed: " + business.GetType().Name + " " + business.GetType().FullName);
        Console.WriteLine("evaluated once: " + Make(1).GetType().Name + " " + Make(2).GetType().Name + " " + Make(3).GetType().Name + " made " + _made);
        Console.WriteLine("generic: " + new Shop.Accounts.Box<int>().GetType().Name + " " + new Shop.Accounts.Box<string>().GetType().Name + " " + new Shop.Accounts.Box<int>().Label(3));
        Console.WriteLine("nested: " + new Shop.Accounts.Outer.Inner().GetType().Name + " " + new Shop.Accounts.Outer.Inner().GetType().FullName);
        Console.WriteLine("values: " + 42.GetType().Name + " " + 4.5.GetType().Name + " " + 7L.GetType().Name + " " + true.GetType().Name + " " + "text".GetType().Name + " " + 'c'.GetType().Name
            + " " + Shop.Accounts.Tier.Paid.GetType().Name + " " + Shop.Accounts.Tier.Paid.GetType().FullName + " " + DateTime.UnixEpoch.GetType().FullName);
    }
}

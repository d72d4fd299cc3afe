using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public class Money
{
    public static int Calls;

    public Money(long cents, string currency)
    {
        Cents = cents;
        Currency = currency;
    }

    public long Cents { get; }

    public string Currency { get; }

    public static Money operator +(Money a, Money b)
    {
        Calls++;
        if (a.Currency != b.Currency) throw new InvalidOperationException("currency mismatch: " + a.Currency + " and " + b.Currency);
        return new Money(a.Cents + b.Cents, a.Currency);
    }

    public static Money operator +(Money a, long cents) => new Money(a.Cents + cents, a.Currency);

    public static Money operator -(Money a, Money b) => a + -b;

    public static Money operator -(Money a) => new Money(-a.Cents, a.Currency);

    public static Money operator +(Money a) => a;

    public static Money operator *(Money a, int factor) => new Money(a.Cents * factor, a.Currency);

    public static Money operator *(int factor, Money a) => a * factor;

    public static Money operator /(Money a, int divisor) => new Money(a.Cents / divisor, a.Currency);

    public static Money operator %(Money a, int divisor) => new Money(a.Cents % divisor, a.Currency);

    public static bool operator ==(Money? a, Money? b)
    {
        if (a is null || b is null) return a is null && b is null;
        return a.Cents == b.Cents && a.Currency == b.Currency;
    }

    public static bool operator !=(Money? a, Money? b) => !(a == b);

    public static bool operator <(Money a, Money b) => a.Cents < b.Cents;

    public static bool operator >(Money a, Money b) => a.Cents > b.Cents;

    public static bool operator <=(Money a, Money b) => !(a > b);

    public static bool operator >=(Money a, Money b) => !(a < b);

    public static implicit operator Money(long cents) => new Money(cents, "EUR");

    public static explicit operator long(Money money) => money.Cents;

    public static explicit operator string(Money money) => money.ToString();

    public override bool Equals(object? obj) => obj is Money other && this == other;

    public override int GetHashCode() => (int)Cents;

    public override string ToString() => (Cents / 100) + "." + Math.Abs(Cents % 100).ToString("D2") + " " + Currency;
}

public class Flags
{
    public Flags(int bits) => Bits = bits;

    public int Bits { get; }

    public static Flags operator &(Flags a, Flags b) => new Flags(a.Bits & b.Bits);

    public static Flags operator |(Flags a, Flags b) => new Flags(a.Bits | b.Bits);

    public static Flags operator ^(Flags a, Flags b) => new Flags(a.Bits ^ b.Bits);

    public static Flags operator ~(Flags a) => new Flags(~a.Bits);

    public static Flags operator <<(Flags a, int by) => new Flags(a.Bits << by);

    public static Flags operator >>(Flags a, int by) => new Flags(a.Bits >> by);

    public static bool operator !(Flags a) => a.Bits == 0;

    public override string ToString() => "Flags(" + Bits + ")";
}

public class Celsius
{
    public Celsius(double degrees) => Degrees = degrees;

    public double Degrees { get; }

    public static implicit operator double(Celsius c) => c.Degrees;

    public static implicit operator Celsius(double degrees) => new Celsius(degrees);

    public static explicit operator Fahrenheit(Celsius c) => new Fahrenheit(c.Degrees * 9 / 5 + 32);

    public override string ToString() => Degrees + " C";
}

public class Fahrenheit
{
    public Fahrenheit(double degrees) => Degrees = degrees;

    public double Degrees { get; }

    public override string ToString() => Degrees + " F";
}

public class Wallet
{
    public Money Total = new Money(0, "EUR");

    public Money[] Slots = { new Money(1, "EUR"), new Money(2, "EUR") };

    public int Reads;

    public Wallet Self()
    {
        Reads++;
        return this;
    }
}

[GlobalFunctions]
public static class Program
{
    private static int Index(List<string> log, int i)
    {
        log.Add("index " + i);
        return i;
    }

    public static void Main()
    {
        var a = new Money(1050, "EUR");
        var b = new Money(250, "EUR");
        Console.WriteLine(a + b);
        Console.WriteLine(a - b);
        Console.WriteLine(-a);
        Console.WriteLine(+b);
        Console.WriteLine(a * 3);
        Console.WriteLine(2 * a);
        Console.WriteLine(a / 4);
        Console.WriteLine(a % 7);
        Console.WriteLine(a + 5L);
        Console.WriteLine(a + 5);
        Console.WriteLine("calls " + Money.Calls);

        Console.WriteLine((a == new Money(1050, "EUR")) + " " + (a != b) + " " + (a == b));
        Money? none = null;
        Console.WriteLine((none == null) + " " + (null == none) + " " + (a == null) + " " + (none != a));
        Console.WriteLine((a < b) + " " + (a > b) + " " + (a <= a) + " " + (b >= a));
        Console.WriteLine(a.Equals(new Money(1050, "EUR")) + " " + a.Equals(null));

        Money fromLong = 1999L;
        Money fromInt = 42;
        Money fromChar = 'A';
        var fromDouble = (Money)2.7;
        var fromNegative = (Money)(-2.7);
        Console.WriteLine(fromLong + " " + fromInt + " " + fromChar + " " + fromDouble + " " + fromNegative);
        int truncated = (int)(long)a;
        double widened = (long)b;
        Console.WriteLine(truncated + " " + widened);
        Console.WriteLine((long)a + " " + (string)b);
        long sum = (long)(a + b) + 1;
        Console.WriteLine(sum);

        var total = new Money(0, "EUR");
        foreach (var m in new[] { a, b, new Money(1, "EUR") }) total += m;
        total -= b;
        total *= 2;
        total += 100L;
        Console.WriteLine(total);

        var wallet = new Wallet();
        var log = new List<string>();
        wallet.Self().Total += a;
        wallet.Self().Slots[Index(log, 1)] += b;
        wallet.Slots[Index(log, 0)] -= 5;
        Console.WriteLine(wallet.Total + " " + wallet.Slots[0] + " " + wallet.Slots[1] + " reads " + wallet.Reads + " " + string.Join(",", log));

        try
        {
            Console.WriteLine(a + new Money(1, "USD"));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        try
        {
            Console.WriteLine(a / 0);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("caught " + e.Message);
        }

        var x = new Flags(0b1100);
        var y = new Flags(0b1010);
        Console.WriteLine((x & y) + " " + (x | y) + " " + (x ^ y) + " " + ~x + " " + (x << 2) + " " + (x >> 1) + " " + !x + " " + !new Flags(0));
        x |= y;
        x &= new Flags(0b0110);
        Console.WriteLine(x);

        Celsius room = 21.5;
        double warm = room + 1;
        var f = (Fahrenheit)room;
        Console.WriteLine(room + " " + warm + " " + f + " " + Math.Max(room, 30));

        var amounts = new List<Money> { a, b, new Money(5, "EUR") };
        Console.WriteLine(amounts.Aggregate((p, q) => p + q));
        Console.WriteLine(string.Join(", ", amounts.Where(m => m > new Money(100, "EUR")).Select(m => m * 2)));
        Func<Money, Money, Money> add = (p, q) => p + q;
        Console.WriteLine(add(b, b));
    }
}

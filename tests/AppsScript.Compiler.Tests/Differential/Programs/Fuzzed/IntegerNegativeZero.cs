using System;
using System.Linq;
using AppsScript.Interop;

// Found by the fuzzer (cases 71, 159, 1440, 1547, and 20257 for -0L): integer arithmetic gave -0 in JavaScript
// (-5 % 5, 0 * -1, -x of 0, -1 / 7, the constant -0L), which .NET's integers cannot hold; it showed once the value
// was a double, or in a switch expression's exception. No integer result is -0 now, whatever operator, context or
// form made it.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        int a = -5, b = 5, zero = 0, seven = 7, minusOne = -1;
        Console.WriteLine(1.0 / (a % b));
        Console.WriteLine(1.0 / (a % 5));
        double negated = -zero;
        Console.WriteLine(negated);
        Console.WriteLine((double)(zero * a) + " " + (double)(-1 / seven) + " " + (double)(minusOne / seven) + " " + (double)(zero / a));
        Console.WriteLine((double)(zero * -1) + " " + (double)(a * zero) + " " + 1.0 / checked(zero * a) + " " + 1.0 / unchecked(zero * a));
        Console.WriteLine(1.0 / (a % b + zero * a) + " " + 1.0 / (a % 5 - zero) + " " + 1.0 / (zero - a % 5) + " " + 1.0 / (seven + a % 5 - seven));
        long big = 0L, minusTen = -10L;
        Console.WriteLine(0.045 * -big);
        double minusZero = -0.0 * 5;
        const int Zero = 0;
        Console.WriteLine(minusZero - -0L + " " + (minusZero - -Zero) + " " + 1.0 / -Zero + " " + (minusZero - (-0)));
        Console.WriteLine(1.0 / (minusTen % 5) + " " + 1.0 / (minusTen % 5L) + " " + 1.0 / (big * minusTen) + " " + 1.0 / checked(-big));
        var product = zero;
        product *= a;
        var remainder = a;
        remainder %= 5;
        var quotient = minusOne;
        quotient /= seven;
        Console.WriteLine($"{1.0 / product} {1.0 / remainder} {1.0 / quotient}");
        int? maybe = 0, minus = -3;
        Console.WriteLine(1.0 / (-maybe ?? 1) + " " + 1.0 / (maybe * minus ?? 1) + " " + 1.0 / (minus % 3 ?? 1));
        Console.WriteLine(new[] { -4, -8 }.Select(x => 1.0 / (x % 2)).Sum() + " " + new[] { 0, 3 }.Aggregate(1, (x, y) => x * -y) * 1.0);
        short narrow = 0;
        Console.WriteLine(1.0 / -narrow + " " + 1.0 / (narrow * a));
        try
        {
            Console.WriteLine((-(';' >>> 32)) switch { 1 => "one", 2 => "two" });
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}

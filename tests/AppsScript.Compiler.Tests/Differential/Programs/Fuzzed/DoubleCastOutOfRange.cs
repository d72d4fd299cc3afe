using System;
using AppsScript.Interop;

// Found by the fuzzer (cases 89, 577, 967, 1018, 1246, 1256, 1348, 1525, 1655, 1790, 1796): a NaN, infinite or
// out-of-range double cast to an integer type saturates in .NET 9 and later (a type narrower than int then keeps
// the low bits of the saturated int); the emitted JavaScript truncated and masked. A long saturated at 2^63 is
// beyond 2^53, which JavaScript numbers hold inexactly (README), so longs are cast in range or from NaN here.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        double nan = double.NaN, up = double.PositiveInfinity, down = double.NegativeInfinity;
        double big = 1.2345678901234567E+19, avogadro = 6.02214076E+23, ten = 1e10, almost = 1e15;
        Console.WriteLine($"{(int)nan} {(int)up} {(int)down} {(int)big} {(int)ten} {(int)-ten}");
        Console.WriteLine($"{(long)nan} {(long)almost} {(long)-almost} {(long)(almost - 70.9)}");
        Console.WriteLine($"{(short)big} {(short)avogadro} {(byte)up} {(byte)(ten * 1e6)} {(sbyte)(almost - 70.9)} {(ushort)down}");
        sbyte small = 45;
        small *= (sbyte)avogadro;
        Console.WriteLine(small);
    }
}

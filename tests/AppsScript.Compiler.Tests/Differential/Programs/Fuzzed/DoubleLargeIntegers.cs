using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

// Found by the fuzzer (cases 1276 and 1743): a double above 2^53 with an integral value prints with the
// shortest digits that read back, zero-padded (40000000000000010), as .NET and ECMAScript's Number::toString
// write it; Jint, which runs these tests and the emulator, wrote every exact digit (40000000000000008).
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var values = new List<double> { 9.0, 2.675 / -13, 0.0, 1e16, 3e16 };
        Console.WriteLine(values.Sum());
        var big = 9007199254740992.0;
        Console.WriteLine(big + 1e16);
        Console.WriteLine($"{big * 3} {-big * 5} {12345678901234567.0} {1e16} {99999999999999990.0}");
        Console.WriteLine(string.Join(",", new[] { 4.000000000000001e16, 1.2345678901234567e16, 1.5e16 }));
        Console.WriteLine(0.000123456 + " " + 123456.789 + " " + -2.5e-5 + " " + 1e17);
    }
}

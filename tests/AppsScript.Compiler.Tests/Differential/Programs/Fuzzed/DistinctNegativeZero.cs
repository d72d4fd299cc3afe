using System;
using System.Linq;
using AppsScript.Interop;

// Found by the fuzzer (case 51): Distinct and Union keep the first of equal elements as it is, so -0.0 stays
// -0 (a JavaScript Set gives it back as 0).
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var values = new[] { -0.0, 0.0, 1.5, -0.0, double.NaN, double.NaN };
        Console.WriteLine(string.Join(",", values.Distinct()));
        Console.WriteLine(string.Join(",", values.Union(new[] { 0.0, 2.5 })));
        Console.WriteLine(string.Join(",", new[] { 0.0 }.Union(values)));
        Console.WriteLine(string.Join(",", values.Intersect(new[] { 0.0 })) + " " + string.Join(",", values.Except(new[] { 1.5 })));
        Console.WriteLine(string.Join(",", values.GroupBy(v => v).Select(g => g.Key + ":" + g.Count())));
    }
}

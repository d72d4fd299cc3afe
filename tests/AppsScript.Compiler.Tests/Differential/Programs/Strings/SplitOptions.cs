using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var text = " a , b ,, c , ";
        Show("None", text.Split(','));
        Show("RemoveEmpty", text.Split(',', StringSplitOptions.RemoveEmptyEntries));
        Show("Trim", text.Split(',', StringSplitOptions.TrimEntries));
        Show("Both", text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Show("count 2", "a,b,c,d".Split(',', 2));
        Show("count 1", "a,b,c".Split(',', 1));
        Show("count 0", "a,b,c".Split(',', 0));
        Show("count 10", "a,b,c".Split(',', 10));
        Show("count 2 remove empty", "a,,,b,c".Split(',', 2, StringSplitOptions.RemoveEmptyEntries));
        Show("count 2 remove empty leading", ",,a,,b,c".Split(',', 2, StringSplitOptions.RemoveEmptyEntries));
        Show("count 3 both", " a , , b , c ".Split(',', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Show("count 1 trim", "  a,b  ".Split(',', 1, StringSplitOptions.TrimEntries));
        Show("empty remove", "".Split(',', StringSplitOptions.RemoveEmptyEntries));
        Show("only separators", ",,,".Split(',', StringSplitOptions.RemoveEmptyEntries));
        Show("string separator count", "a::b::c::d".Split("::", 3, StringSplitOptions.None));
        Show("char array count", "a,b;c,d".Split(new[] { ',', ';' }, 3));
        Show("char array options", "a, ;b".Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Show("strings count options", "x--y----z".Split(new[] { "--" }, 2, StringSplitOptions.RemoveEmptyEntries));
        try
        {
            "a,b".Split(',', -1);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("negative count: " + e.Message);
        }
    }

    private static void Show(string label, string[] parts)
    {
        var count = 0;
        foreach (var _ in parts) count++;
        Console.WriteLine(label + ": " + count + " [" + string.Join("|", parts) + "]");
    }
}

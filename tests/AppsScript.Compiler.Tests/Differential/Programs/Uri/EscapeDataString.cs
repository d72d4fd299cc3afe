using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Uri.EscapeDataString("AZaz09-_.~"));
        Console.WriteLine(Uri.EscapeDataString("a b!*'()/?&=+:@#[]$,;%\"<>\\^`{|}"));
        Console.WriteLine(Uri.EscapeDataString("é€日本😀"));
        Console.WriteLine(Uri.EscapeDataString("https://script.google.com/macros/d/1AbC-d_e/usercallback"));
        Console.WriteLine(Uri.EscapeDataString("user-library-read user-read-recently-played"));
        Console.WriteLine(Uri.EscapeDataString("lone \ud800 high, lone \udc00 low, end \ud83d"));
        Console.WriteLine(Uri.EscapeDataString("") == "");
        try
        {
            Uri.EscapeDataString(null!);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}

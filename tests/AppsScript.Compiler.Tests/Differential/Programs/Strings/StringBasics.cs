using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var text = "Playlist";
        Console.WriteLine(text.Length + " " + text[0] + " " + text[text.Length - 1] + " " + (text[4] == 'l') + " " + text.ToString());
        var stars = new string('*', 5);
        var none = new string('-', 0);
        Console.WriteLine(stars + "[" + none + "]" + stars.Length);
        var letters = text.ToCharArray();
        Console.WriteLine(letters[1] + " " + string.Join("-", letters));
        letters[0] = 'p';
        Console.WriteLine(new string(letters) + " " + text);
        var reversed = "";
        for (var i = text.Length - 1; i >= 0; i--) reversed += text[i];
        Console.WriteLine(reversed);
        var count = 0;
        foreach (var c in "banana")
        {
            if (c == 'a') count++;
        }
        Console.WriteLine("a appears " + count + " times; " + "banana".Contains('n') + " " + string.Empty.Length);
        Console.WriteLine("".Length + " [" + string.Join(",", "".ToCharArray()) + "] " + new string(new char[0]).Length);
    }
}

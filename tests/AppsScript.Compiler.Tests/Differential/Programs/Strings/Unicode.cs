using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var emoji = "I ❤️ 😀!";
        Console.WriteLine(emoji.Length + " " + emoji.IndexOf("😀") + " " + emoji.Substring(5, 2) + " " + emoji.ToUpper() + " " + ((int)emoji[5]).ToString("X") + " " + ((int)emoji[6]).ToString("X"));
        var combining = "e\u0301cole";
        var precomposed = "école";
        Console.WriteLine(combining.Length + " " + precomposed.Length + " " + (combining == precomposed) + " " + combining.ToUpper() + " " + precomposed.ToUpper() + " " + combining.ToUpper().Length);
        var flags = "🇫🇷🇩🇪";
        Console.WriteLine(flags.Length + " " + flags.Substring(0, 4) + " " + string.Join(",", flags.ToCharArray()).Length + " " + flags.Replace("🇫🇷", "FR"));
        var accents = "Ångström façade naïve";
        Console.WriteLine(accents.ToUpper() + " " + accents.ToLower() + " " + accents.IndexOf('ç') + " " + string.Join("/", accents.Split(' ')));
        var chars = "aé😀";
        foreach (var c in chars)
        {
            Console.WriteLine(((int)c).ToString("X4") + " " + char.IsLetter(c) + " " + char.IsSurrogate(c));
        }
        Console.WriteLine("日本語テキスト".Length + " " + "日本語テキスト".Substring(3) + " " + "한국어".ToUpper());
    }
}

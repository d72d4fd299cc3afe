using System;
using System.Linq;
using System.Text;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    private static string Kind(Exception e) => e switch
    {
        ArgumentNullException => "ArgumentNullException",
        ArgumentException => "ArgumentException",
        OverflowException => "OverflowException",
        FormatException => "FormatException",
        InvalidOperationException => "InvalidOperationException",
        _ => "Exception",
    };

    private static string Bytes(byte[] bytes) => "[" + string.Join(" ", bytes.Select(b => b.ToString("X2"))) + "]";

    private static void Decode(string? text)
    {
        try
        {
            var bytes = Convert.FromBase64String(text!);
            Console.WriteLine("decode '" + text + "': " + Bytes(bytes) + " " + bytes.Length);
        }
        catch (Exception e)
        {
            Console.WriteLine("decode '" + text + "': " + Kind(e) + ": " + e.Message);
        }
    }

    public static void Main()
    {
        foreach (var text in new[] { "", "f", "fo", "foo", "foob", "fooba", "foobar", "héllo wörld", "日本語", "emoji 😀!", "a\u0000b", "line\r\nbreak" })
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var base64 = Convert.ToBase64String(bytes);
            var back = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            Console.WriteLine("'" + text + "' -> " + Bytes(bytes) + " count " + Encoding.UTF8.GetByteCount(text) + " -> " + base64 + " -> same " + (back == text));
        }
        var all = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var encoded = Convert.ToBase64String(all);
        Console.WriteLine(encoded);
        Console.WriteLine("all bytes round trip: " + Convert.FromBase64String(encoded).SequenceEqual(all));
        Console.WriteLine("lone surrogates: " + Bytes(Encoding.UTF8.GetBytes("a\ud800b\udc00")) + " " + Bytes(Encoding.UTF8.GetBytes("\ud83d")));
        var bad = new byte[][]
        {
            new byte[] { 0x80 }, new byte[] { 0xC0, 0x80 }, new byte[] { 0xE0, 0x80, 0x80 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 },
            new byte[] { 0xE2, 0x82 }, new byte[] { 0xE2, 0x82, 0x41 }, new byte[] { 0xF0, 0x9F, 0x98 }, new byte[] { 0xFF, 0xFE, 0x41 }, new byte[] { 0xF0, 0x9F, 0x98, 0x80 },
            new byte[] { 0xC3, 0xA9, 0xC3 }, new byte[] { },
        };
        foreach (var bytes in bad)
        {
            var text = Encoding.UTF8.GetString(bytes);
            Console.WriteLine("decode " + Bytes(bytes) + ": " + text.Length + " " + string.Join(" ", text.Select(c => ((int)c).ToString("X4"))));
        }
        foreach (var text in new[] { "QQ==", "QQ=", "QQ", "Q", "QQ==QQ==", "Q Q = =", "QQ===", "QQ= =", "!!!!", "QR==", "  QQ==  ", "QQ==\u00a0", "", "Zm9v\r\nYmFy", "Zm9v\tYmE=", "Zm9vYmFy=", "Zm9=YmFy", "Zm-_", "Z===", null })
        {
            Decode(text);
        }
        try
        {
            Console.WriteLine(Convert.ToBase64String(null!));
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(Kind(e) + ": " + e.Message);
        }
        var encoding = Encoding.UTF8;
        Console.WriteLine("through a variable: " + encoding.GetString(encoding.GetBytes("ok ✓")));
    }
}

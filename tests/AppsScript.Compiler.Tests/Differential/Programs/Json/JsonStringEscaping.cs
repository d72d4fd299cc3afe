using System;
using System.Collections.Generic;
using AppsScript.Interop;
using Newtonsoft.Json;

public record Note(string? Text, char Mark);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var texts = new List<string>
        {
            "plain", "say \"hi\"", "back\\slash", "C:\\Music\\new", "slash / too", "tab\tnew\nline\rcr\bback\fform",
            "\u0001\u0007\u000b\u001f\u007f", "é ü ß ñ 中文 日本", "emoji 😀🎵", "line\u2028para\u2029next\u0085",
            "<script>&'</script>", "", "\\u2028 written out", "\\\u2028",
        };
        foreach (var text in texts) Console.WriteLine(JsonConvert.SerializeObject(text));
        Console.WriteLine(JsonConvert.SerializeObject(texts));
        Console.WriteLine(JsonConvert.SerializeObject(new Note("q\"\u2028", '"')));
        Console.WriteLine(JsonConvert.SerializeObject(new Note(null, '\n')));
        Console.WriteLine(JsonConvert.SerializeObject('\u2029'));
        var high = (char)0xD83D;
        Console.WriteLine(JsonConvert.SerializeObject("lone " + high + "x").Length);
        Console.WriteLine(JsonConvert.SerializeObject(new Dictionary<string, string> { ["key\u2028\"quoted\""] = "value\\" }));
        var back = JsonConvert.DeserializeObject<List<string>>(JsonConvert.SerializeObject(texts))!;
        var same = "";
        for (var i = 0; i < back.Count; i++) same += back[i] == texts[i] ? "=" : "!";
        Console.WriteLine(same);
    }
}

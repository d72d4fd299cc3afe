using System;
using System.Collections.Generic;
using AppsScript.Interop;
using Newtonsoft.Json;

public record Paging<T>(string? Href, List<T>? Items, int? Limit, string? Next, int? Offset, int? Total);

public record SimplePlaylist(string? Id, string? Name, Followers? Followers);

public record Followers(int? Total);

public record Box<T>(T? Value);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var text = "{\"items\":[{\"name\":\"Mix\",\"id\":\"p1\",\"collaborative\":false,\"followers\":{\"total\":3,\"href\":null}},{\"id\":\"p2\"}],\"total\":2,\"href\":\"h\",\"next\":null}";
        var page = JsonConvert.DeserializeObject<Paging<SimplePlaylist>>(text)!;
        Console.WriteLine($"{page.Total} {page.Items!.Count} {page.Items[0].Name} {page.Items[0].Followers!.Total} [{page.Items[1].Name}] [{page.Limit}]");
        Console.WriteLine(JsonConvert.SerializeObject(page));
        var ids = JsonConvert.DeserializeObject<Paging<string>>("{\"Items\":[\"a\",\"b\"],\"Limit\":2}")!;
        Console.WriteLine(JsonConvert.SerializeObject(ids));
        var box = JsonConvert.DeserializeObject<Box<Followers>>("{\"value\":{\"TOTAL\":7,\"other\":1}}")!;
        Console.WriteLine(JsonConvert.SerializeObject(box));
        Console.WriteLine(JsonConvert.SerializeObject(new Box<List<int>>(new List<int> { 1 })));
    }
}

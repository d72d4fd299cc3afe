using System;
using AppsScript.Interop;
using Newtonsoft.Json;

// Found by the fuzzer (cases 58, 137, 194, 1472): plain data read through an interface it implements read nothing
// in JavaScript (the member's key, from [JsonProperty], was not the name the interface used).
public interface IHasId
{
    long? Id { get; }
    bool? Active { get; }
}

public record Item(string? Label, long? Id, [property: JsonProperty("is_active")] bool? Active) : IHasId;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        IHasId item = new Item("a", 0, true);
        Console.WriteLine($"{item.Id ?? -1} {item.Active ?? false}");
        Console.WriteLine(((IHasId)new Item("b", 7, false)).Id);
    }
}

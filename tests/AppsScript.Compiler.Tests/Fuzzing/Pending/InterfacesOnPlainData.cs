using System;
using AppsScript.Interop;
using Newtonsoft.Json;

// Pending (FuzzSwitches.InterfacesOnPlainData, fuzz cases 58, 137, 194, 1472): plain data read through an
// interface it implements reads nothing in JavaScript (the member's key is not the name the interface uses).
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

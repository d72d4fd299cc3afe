using AppsScript.Interop.Services;
using SpotifySync.Core.Ports;

namespace SpotifySync.AppsScript;

/// <summary><see cref="IKeyValueStore"/> over the script properties, which every user and trigger of the script shares.</summary>
public sealed class ScriptPropertiesStore : IKeyValueStore
{
    /// <summary>The most one value may take, in UTF-8 bytes: more makes <c>setProperty</c> throw "Argument too large".</summary>
    public const int MaxValueBytes = 9 * 1024;

    public string? Get(string key) => PropertiesService.GetScriptProperties().GetProperty(key);

    public void Set(string key, string value) => PropertiesService.GetScriptProperties().SetProperty(key, value);

    public void Delete(string key) => PropertiesService.GetScriptProperties().DeleteProperty(key);

    /// <summary>What <see cref="MaxValueBytes"/> counts of a value: its UTF-8 bytes, 1 to 3 a UTF-16 unit (4 a surrogate pair).</summary>
    public static int ValueBytes(string value)
    {
        var bytes = 0;
        foreach (var unit in value)
        {
            if (unit < 0x80) bytes += 1;
            else if (unit < 0x800) bytes += 2;
            else if (unit >= 0xD800 && unit <= 0xDFFF) bytes += 2;
            else bytes += 3;
        }
        return bytes;
    }
}

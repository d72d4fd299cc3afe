using AppsScript.Interop.Services;
using SpotifySync.Core.Ports;

namespace SpotifySync.AppsScript;

/// <summary><see cref="IKeyValueStore"/> over the script properties, which every user and trigger of the script shares.</summary>
public sealed class ScriptPropertiesStore : IKeyValueStore
{
    public string? Get(string key) => PropertiesService.GetScriptProperties().GetProperty(key);

    public void Set(string key, string value) => PropertiesService.GetScriptProperties().SetProperty(key, value);

    public void Delete(string key) => PropertiesService.GetScriptProperties().DeleteProperty(key);
}

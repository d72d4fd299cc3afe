using AppsScript.Interop.Services;
using SpotifySync.Core.Ports;

namespace SpotifySync.AppsScript;

/// <summary><see cref="ICache"/> over CacheService's script cache.</summary>
public sealed class ScriptCache : ICache
{
    public string? Get(string key) => CacheService.GetScriptCache().Get(key);

    public void Put(string key, string value, int seconds) => CacheService.GetScriptCache().Put(key, value, seconds);

    public void Remove(string key) => CacheService.GetScriptCache().Remove(key);
}

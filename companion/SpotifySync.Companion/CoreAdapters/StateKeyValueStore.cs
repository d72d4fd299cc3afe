using SpotifySync.Companion.State;
using SpotifySync.Core.Ports;

namespace SpotifySync.Companion.CoreAdapters;

/// <summary>The core's key-value store (script properties in Apps Script) kept in the companion's state file.</summary>
public sealed class StateKeyValueStore(StateStore store) : IKeyValueStore
{
    public string? Get(string key) => store.Read().CoreProperties.TryGetValue(key, out var value) ? value : null;

    public void Set(string key, string value) => store.Update(state => state.CoreProperties[key] = value);

    public void Delete(string key) => store.Update(state => state.CoreProperties.Remove(key));
}

using System;
using System.Collections.Generic;
using SpotifySync.Core.Ports;

namespace SpotifySync.Companion.Ports;

/// <summary>
/// <see cref="ICache"/> in memory for one process (the companion, the tests), with entries that expire on the
/// given clock, as the script cache's do on Apps Script's.
/// </summary>
public sealed class MemoryCache : ICache
{
    private readonly IClock _clock;
    private readonly Dictionary<string, (string Value, DateTime Expires)> _entries = new();
    private readonly object _gate = new();

    public MemoryCache(IClock clock)
    {
        _clock = clock;
    }

    public string? Get(string key)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var entry)) return null;
            if (_clock.UtcNow() < entry.Expires) return entry.Value;
            _entries.Remove(key);
            return null;
        }
    }

    public void Put(string key, string value, int seconds)
    {
        lock (_gate)
        {
            _entries[key] = (value, _clock.UtcNow().AddSeconds(seconds));
        }
    }

    public void Remove(string key)
    {
        lock (_gate)
        {
            _entries.Remove(key);
        }
    }
}

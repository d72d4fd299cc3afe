using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AppsScript.Emulator.Quotas;

namespace AppsScript.Emulator.Services.Cache;

/// <summary>
/// One cache (script, user or document), kept across executions, expiring on the environment's clock. Keys take
/// up to 250 characters and values 100 KB; past 1,000 items it keeps the 900 farthest from expiring.
/// </summary>
public sealed class CacheStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, (string Value, DateTimeOffset Expires)> _items = new();
    private readonly PlatformLimits _limits;
    private readonly TimeProvider _clock;

    internal CacheStore(PlatformLimits limits, TimeProvider clock)
    {
        _limits = limits;
        _clock = clock;
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                DropExpired();
                return _items.Count;
            }
        }
    }

    public string? Get(string key)
    {
        lock (_gate)
        {
            DropExpired();
            return _items.TryGetValue(key, out var item) ? item.Value : null;
        }
    }

    /// <summary>Stores all of <paramref name="values"/> for <paramref name="expiration"/> (the default 600 s when null), or none when one breaks a limit.</summary>
    public void PutAll(IReadOnlyList<KeyValuePair<string, string>> values, TimeSpan? expiration = null)
    {
        var lifetime = expiration ?? _limits.CacheDefaultExpiration;
        if (lifetime < TimeSpan.FromSeconds(1) || lifetime > _limits.CacheMaxExpiration) throw AppsScriptException.InvalidArgument("expirationInSeconds");
        foreach (var (key, value) in values)
        {
            if (key.Length > _limits.CacheKeyLength) throw new AppsScriptException("Argument too large: key");
            if (Encoding.UTF8.GetByteCount(value) > _limits.CacheValueBytes) throw new AppsScriptException("Argument too large: value");
        }
        lock (_gate)
        {
            DropExpired();
            var expires = _clock.GetUtcNow() + lifetime;
            foreach (var (key, value) in values) _items[key] = (value, expires);
            if (_items.Count > _limits.CacheItems)
            {
                var evicted = _items.OrderBy(item => item.Value.Expires).Take(_items.Count - _limits.CacheItemsAfterEviction).Select(item => item.Key).ToList();
                foreach (var key in evicted) _items.Remove(key);
            }
        }
    }

    public void Put(string key, string value, TimeSpan? expiration = null) => PutAll([new(key, value)], expiration);

    public void Remove(string key)
    {
        lock (_gate) _items.Remove(key);
    }

    private void DropExpired()
    {
        var now = _clock.GetUtcNow();
        foreach (var key in _items.Where(item => item.Value.Expires <= now).Select(item => item.Key).ToList()) _items.Remove(key);
    }
}

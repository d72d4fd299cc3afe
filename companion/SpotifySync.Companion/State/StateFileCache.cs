using System;
using System.Collections.Generic;
using System.Globalization;
using SpotifySync.Core.Ports;

namespace SpotifySync.Companion.State;

/// <summary>
/// The sync core's cache (<see cref="ICache"/>, Apps Script's script cache) kept in the state file, so that what the
/// core caches outlives the process: a cron run every 5 minutes still reads the configuration row at most every
/// 15 minutes. An entry past its time is gone.
/// </summary>
public sealed class StateFileCache(StateStore state, TimeProvider time) : ICache
{
    public string? Get(string key) =>
        state.Read().Cache.TryGetValue(key, out var entry) && !Expired(entry) ? entry.Value : null;

    public void Put(string key, string value, int seconds) => state.Update(s =>
    {
        s.Cache[key] = new CacheEntry { Value = value, ExpiresAt = time.GetUtcNow().AddSeconds(seconds).ToString("O", CultureInfo.InvariantCulture) };
        foreach (var stale in new List<string>(s.Cache.Keys))
        {
            if (Expired(s.Cache[stale])) s.Cache.Remove(stale);
        }
    });

    public void Remove(string key) => state.Update(s => s.Cache.Remove(key));

    private bool Expired(CacheEntry entry) => DateTimeOffset.Parse(entry.ExpiresAt, CultureInfo.InvariantCulture) <= time.GetUtcNow();
}

/// <summary>One value of <see cref="StateFileCache"/> and until when it holds.</summary>
public sealed class CacheEntry
{
    public string Value { get; set; } = "";
    public string ExpiresAt { get; set; } = "";
}

using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using SpotifySync.Core.Ports;

namespace SpotifySync.Core.Webhooks;

/// <summary>
/// What a side accepted once and must refuse when it comes again: a webhook's signature (kept until its timestamp
/// leaves the accepted window, after which the timestamp check refuses it anyway), an OAuth state token (kept until it
/// expires). Kept in a store key: the script keeps its own in its properties, the companion in its store file.
/// </summary>
public sealed class ReplayMemory
{
    /// <summary>At most this many are remembered (each about 100 bytes of a 9 KB property).</summary>
    public const int MaxRemembered = 60;

    private readonly IKeyValueStore _store;
    private readonly string _key;

    /// <param name="key">The store key of this memory, such as <c>StateKeys.WebhookSignatures</c>.</param>
    public ReplayMemory(IKeyValueStore store, string key)
    {
        _store = store;
        _key = key;
    }

    /// <summary>Whether <paramref name="id"/> was accepted before and is still remembered at <paramref name="now"/> (Unix seconds).</summary>
    public bool WasAccepted(string id, long now)
    {
        var normalized = WebhookSignature.Normalized(id);
        foreach (var entry in Remembered(now))
        {
            if (entry.Signature == normalized) return true;
        }
        return false;
    }

    /// <summary>Remembers an accepted <paramref name="id"/> until <paramref name="expires"/> (Unix seconds), forgetting what has expired.</summary>
    public void Remember(string id, long expires, long now)
    {
        var seen = Remembered(now);
        seen.Add(new SeenSignature { Signature = WebhookSignature.Normalized(id), Expires = expires });
        if (seen.Count > MaxRemembered) seen.RemoveRange(0, seen.Count - MaxRemembered);
        _store.Set(_key, JsonConvert.SerializeObject(seen));
    }

    /// <summary>What is still remembered.</summary>
    private List<SeenSignature> Remembered(long now)
    {
        var kept = new List<SeenSignature>();
        var text = _store.Get(_key);
        if (text is null) return kept;
        List<SeenSignature>? all;
        try
        {
            all = JsonConvert.DeserializeObject<List<SeenSignature>>(text);
        }
        catch (Exception)
        {
            all = null;
        }
        foreach (var entry in all ?? new List<SeenSignature>())
        {
            if (entry.Expires >= now) kept.Add(entry);
        }
        return kept;
    }
}

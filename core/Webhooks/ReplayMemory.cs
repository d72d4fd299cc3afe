using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using SpotifySync.Core.Ports;
using SpotifySync.Core.State;

namespace SpotifySync.Core.Webhooks;

/// <summary>
/// The signatures a side accepted, so that a request sent again is refused: kept in the store
/// (<see cref="StateKeys.WebhookSignatures"/>) until their timestamp leaves the accepted window, after which the
/// timestamp check refuses them anyway. The script keeps it in its properties, the companion in its store file.
/// </summary>
public sealed class ReplayMemory
{
    /// <summary>At most this many signatures are remembered (each about 100 bytes of a 9 KB property).</summary>
    public const int MaxRemembered = 60;

    private readonly IKeyValueStore _store;

    public ReplayMemory(IKeyValueStore store)
    {
        _store = store;
    }

    /// <summary>Whether the signature was accepted before and is still inside its window at <paramref name="now"/>.</summary>
    public bool WasAccepted(string signature, long now)
    {
        var normalized = WebhookSignature.Normalized(signature);
        foreach (var entry in Remembered(now))
        {
            if (entry.Signature == normalized) return true;
        }
        return false;
    }

    /// <summary>Remembers an accepted signature until its timestamp leaves the window, forgetting those that have left it.</summary>
    public void Remember(string signature, long timestamp, long now)
    {
        var seen = Remembered(now);
        seen.Add(new SeenSignature { Signature = WebhookSignature.Normalized(signature), Expires = timestamp + WebhookSignature.ToleranceSeconds });
        if (seen.Count > MaxRemembered) seen.RemoveRange(0, seen.Count - MaxRemembered);
        _store.Set(StateKeys.WebhookSignatures, JsonConvert.SerializeObject(seen));
    }

    /// <summary>The signatures still inside their window.</summary>
    private List<SeenSignature> Remembered(long now)
    {
        var kept = new List<SeenSignature>();
        var text = _store.Get(StateKeys.WebhookSignatures);
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

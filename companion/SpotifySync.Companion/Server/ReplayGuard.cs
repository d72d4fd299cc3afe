using System;
using System.Linq;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Webhooks;

namespace SpotifySync.Companion.Server;

/// <summary>
/// Refuses a signed request seen before: accepted signatures are kept in the state file (so a restart does not
/// forget them) for as long as their timestamp is within the window, after which the timestamp check refuses them.
/// </summary>
public static class ReplayGuard
{
    /// <summary>Inside a state update: false when the signature was used; else remembers it and forgets expired ones.</summary>
    public static bool Accept(CompanionState state, GasRequest request, DateTimeOffset now)
    {
        if (request.Signature is null || request.Timestamp is null) return true;
        var oldest = now.ToUnixTimeSeconds() - (long)WebhookSignature.Tolerance.TotalSeconds;
        foreach (var expired in state.SeenSignatures.Where(s => s.Value < oldest).Select(s => s.Key).ToList()) state.SeenSignatures.Remove(expired);
        var key = request.Signature.Trim().ToLowerInvariant();
        if (state.SeenSignatures.ContainsKey(key)) return false;
        state.SeenSignatures[key] = request.Timestamp.Value;
        return true;
    }

    public const string Refusal = "This signed request was already received: sign each request afresh (a new timestamp).";
}

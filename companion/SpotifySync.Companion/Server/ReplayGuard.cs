using System;
using System.Collections.Generic;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.Companion.Server;

/// <summary>
/// Keeps a signed request from being accepted twice. The signatures of accepted requests are the sync core's
/// <see cref="ReplayMemory"/>, in <c>core-store.json</c> as the script keeps its own in its properties, so a restart of
/// the server inside the window forgets none. Between its check and the moment its route accepts it, a request's
/// signature is claimed in memory, so that two copies of one request arriving together cannot both pass; a claim the
/// route did not accept (it refused the request, or failed) is let go without remembering, and the request may be
/// sent again.
/// </summary>
public sealed class ReplayGuard(ReplayMemory memory)
{
    private readonly ReplayMemory _memory = memory;
    private readonly object _gate = new();
    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);

    /// <summary>The claim of a signature, or null when it was accepted before or another copy of its request is being handled.</summary>
    public Claim? TryClaim(string signature, long timestamp, long now)
    {
        var normalized = WebhookSignature.Normalized(signature);
        lock (_gate)
        {
            if (_inFlight.Contains(normalized) || _memory.WasAccepted(normalized, now)) return null;
            _inFlight.Add(normalized);
        }
        return new Claim(this, normalized, timestamp);
    }

    /// <summary>A signature being handled; <see cref="Accept"/> remembers it, disposing lets it go.</summary>
    public sealed class Claim(ReplayGuard guard, string signature, long timestamp) : IDisposable
    {
        /// <summary>Its route accepted the request: remembered until the timestamp leaves the window.</summary>
        public void Accept(long now)
        {
            lock (guard._gate) guard._memory.Remember(signature, timestamp + WebhookSignature.ToleranceSeconds, now);
        }

        public void Dispose()
        {
            lock (guard._gate) guard._inFlight.Remove(signature);
        }
    }
}

using System;
using Serilog;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Status;
using SpotifySync.Core.State;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.Companion.Server;

/// <summary>What the webhook API's routes share: the configuration, the state file, the runs, the schedule, and when the server started.</summary>
public sealed class GasService(CompanionConfiguration configuration, StateStore state, RunCoordinator runs, ScheduleReader schedule, TimeProvider time, ILogger log)
{
    private readonly object _replayGate = new();
    private readonly ReplayMemory _replays = new(CoreStore.For(configuration), StateKeys.WebhookSignatures);

    public CompanionConfiguration Configuration { get; } = configuration;
    public StateStore State { get; } = state;
    public RunCoordinator Runs { get; } = runs;
    public ScheduleReader Schedule { get; } = schedule;
    public TimeProvider Time { get; } = time;
    public ILogger Log { get; } = log;
    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    /// <summary>
    /// Accepts a request's signature once: false when it was accepted before (a replay), else remembers it, in the
    /// sync core's store as the script keeps its own (<see cref="ReplayMemory"/>). An unsigned request has nothing to remember.
    /// </summary>
    public bool AcceptOnce(GasRequest request)
    {
        if (request.Signature is not { } signature || request.Timestamp is not { } timestamp) return true;
        var now = Time.GetUtcNow().ToUnixTimeSeconds();
        lock (_replayGate)
        {
            if (_replays.WasAccepted(signature, now)) return false;
            _replays.Remember(signature, timestamp + WebhookSignature.ToleranceSeconds, now);
            return true;
        }
    }

    public const string ReplayRefusal = "This signed request was already received: sign each request afresh (a new timestamp).";
}

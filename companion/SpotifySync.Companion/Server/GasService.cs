using System;
using Serilog;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Status;
using SpotifySync.Core.State;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.Companion.Server;

/// <summary>
/// What the webhook API's routes share: the configuration and its secret, the state file, the runs, the schedule, the
/// signatures accepted and refusals logged, and when the server started (<see cref="GasServiceStart"/> makes this when
/// the host starts, not at the first request).
/// </summary>
public sealed class GasService(CompanionConfiguration configuration, StateStore state, RunCoordinator runs, ScheduleReader schedule, TimeProvider time, ILogger log)
{
    public CompanionConfiguration Configuration { get; } = configuration;

    /// <summary>WEBHOOK_SECRET, which every route but /gas/health is signed with (<see cref="GasServiceRegistration.AddGasService"/> requires it).</summary>
    public string Secret { get; } = configuration.RequireWebhookSecret();

    public StateStore State { get; } = state;
    public RunCoordinator Runs { get; } = runs;
    public ScheduleReader Schedule { get; } = schedule;
    public TimeProvider Time { get; } = time;
    public ILogger Log { get; } = log;
    public ReplayGuard Replays { get; } = new(new ReplayMemory(CoreStore.For(configuration), StateKeys.WebhookSignatures));
    public RefusalLog Refusals { get; } = new(log, time);
    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();
}

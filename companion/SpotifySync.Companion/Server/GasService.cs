using System;
using Serilog;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Status;

namespace SpotifySync.Companion.Server;

/// <summary>What the webhook API's routes share: the configuration, the state file, the runs, the schedule, and when the server started.</summary>
public sealed class GasService(CompanionConfiguration configuration, StateStore state, RunCoordinator runs, ScheduleReader schedule, TimeProvider time, ILogger log)
{
    public CompanionConfiguration Configuration { get; } = configuration;
    public StateStore State { get; } = state;
    public RunCoordinator Runs { get; } = runs;
    public ScheduleReader Schedule { get; } = schedule;
    public TimeProvider Time { get; } = time;
    public ILogger Log { get; } = log;
    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();
}

using System;
using System.Collections.Generic;
using System.Linq;
using SpotifySync.Companion.Locking;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Status;

/// <summary>What <c>GET /gas/status</c> and <c>spotify-sync status</c> report, built from the state and lock files and the crontab.</summary>
public sealed record StatusReport(
    string Version,
    LockHolder? Running,
    IReadOnlyList<RunRecord> LastRuns,
    StatusCounts Counts,
    IReadOnlyList<string> Errors,
    NextRun? NextScheduledRun,
    string? ScheduleError,
    AutomationSettings Automation,
    IReadOnlyList<WebhookEvent> Events)
{
    public const int ShownRuns = 5;
    public const int ShownEvents = 10;
    public const int ShownErrors = 10;

    public static StatusReport Build(CompanionState state, LockHolder? lockHolder, int maxAttempts, NextRun? next, string? scheduleError)
    {
        var running = lockHolder is not null && lockHolder.Process.IsRunning() ? lockHolder : null;
        var counts = new StatusCounts(
            state.Runs.Sum(r => r.Downloaded),
            state.Runs.Sum(r => r.NotFound),
            state.Runs.Sum(r => r.Failed),
            state.Downloads.Values.Count(d => d.NextAttemptAt is not null && d.LastError is not null && d.Attempts < maxAttempts));
        return new StatusReport(
            CompanionVersion.Current,
            running,
            state.Runs.Take(ShownRuns).ToList(),
            counts,
            state.Runs.SelectMany(r => r.Errors.Select(e => $"{r.RunId}: {e}")).Take(ShownErrors).ToList(),
            next,
            scheduleError,
            state.Automation,
            state.Events.Take(ShownEvents).ToList());
    }
}

/// <summary>Totals over the runs the state file keeps, and the Failed downloads a full run will try again.</summary>
public sealed record StatusCounts(int Downloaded, int NotFound, int Failed, int AwaitingRetry);

/// <summary>When the crontab runs the companion next, and in which mode.</summary>
public sealed record NextRun(DateTimeOffset At, string Mode);

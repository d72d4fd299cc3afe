using System;

namespace SpotifySync.App.Benchmarks;

/// <summary>
/// What one simulated library's first sync and the idle day after it cost, as measured on the sandbox's traffic and
/// the emulator's executions. <see cref="FullSyncWallTime"/> runs from <c>setupTimeTrigger</c> (so it includes the
/// wait for the first firing) to the end of the run that reported the full sync done.
/// </summary>
internal sealed record AppCostFigures(
    int LikedTracks,
    int PagesInNotion,
    int Duplicates,
    int Missing,
    int FullSyncExecutions,
    int FailedExecutions,
    TimeSpan FullSyncWallTime,
    int FullSyncUrlFetchCalls,
    int PagesCreated,
    int NotionRequestsWhileCreating,
    TimeSpan CreatingTime,
    int NotionRateLimited,
    int NotionBudgetPerMinute,
    int IdleExecutions,
    int IdleUrlFetchCalls,
    int IdleRunsOfOneCall,
    int IdleMaxCalls,
    int IdleTokenRefreshes,
    TimeSpan IdleMedianDuration,
    TimeSpan IdleMeanDuration,
    TimeSpan IdleTriggerRuntime)
{
    public double CallsPerCreatedPage => (double)FullSyncUrlFetchCalls / PagesCreated;

    public double NotionRequestsPerMinute => NotionRequestsWhileCreating / CreatingTime.TotalMinutes;

    public double ShareOfNotionBudget => NotionRequestsPerMinute / NotionBudgetPerMinute;

    public double IdleCallsPerRun => (double)IdleUrlFetchCalls / IdleExecutions;

    /// <summary>The idle runs' calls without the access-token refreshes, which an idle day needs once an hour.</summary>
    public double IdleCallsPerRunBesidesRefreshes => (double)(IdleUrlFetchCalls - IdleTokenRefreshes) / IdleExecutions;
}

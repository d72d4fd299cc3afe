using System;
using SpotifySync.Core.Automation;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Spotify;
using SpotifySync.Core.Sync.State;
using SpotifySync.Core.Timing;

namespace SpotifySync.Core.Sync;

/// <summary>
/// Runs one operation the way every operation runs: under the run lock (an overlapping run exits at once), freeing
/// the library lease at the end (a run that finds the other side holding it is skipped), never
/// calling Spotify while it is blocked, warning before the refresh token expires, and turning what went wrong into
/// a status, the state that skips later runs (Spotify's "blocked until") and, at most once a day each, alerts.
/// </summary>
public sealed class OperationRunner
{
    /// <summary>Failed runs in a row before the repeated-failures alert.</summary>
    public const int FailuresBeforeAlert = 3;

    /// <summary>A block at least this long is worth an alert (the daily quota's can be 13 hours).</summary>
    public const int LongBlockMinutes = 60;

    /// <summary>Spotify's refresh tokens die 6 months after the authorization; the warning comes this many days before.</summary>
    public const int RefreshTokenWarningDays = 14;

    private readonly SyncServices _services;

    public OperationRunner(SyncServices services)
    {
        _services = services;
    }

    /// <summary>Runs <paramref name="work"/>, which returns <see cref="RunStatuses.Done"/> or <see cref="RunStatuses.Stopped"/>.</summary>
    public RunOutcome Run(string operation, Func<string> work) => RunWaiting(operation, 0, work);

    /// <summary>
    /// <see cref="Run"/>, waiting up to <paramref name="lockWaitMilliseconds"/> for a run that holds the lock to end
    /// before this one skips.
    /// </summary>
    public RunOutcome RunWaiting(string operation, int lockWaitMilliseconds, Func<string> work)
    {
        var clock = _services.Ports.Clock;
        var started = clock.UtcNow();
        var outcome = new RunOutcome();
        if (!_services.Ports.RunLock.TryLock(lockWaitMilliseconds))
        {
            outcome.Status = RunStatuses.Skipped;
            outcome.Error = $"{operation} did nothing: another run still holds the lock.";
            return outcome;
        }
        try
        {
            Guarded(operation, work, outcome);
        }
        finally
        {
            _services.Lease.Release();
            _services.Ports.RunLock.Release();
        }
        outcome.DurationMs = (long)(clock.UtcNow() - started).TotalMilliseconds;
        return outcome;
    }

    private void Guarded(string operation, Func<string> work, RunOutcome outcome)
    {
        var now = _services.Ports.Clock.UtcNow();
        var block = _services.Store.SpotifyBlock();
        if (block is not null && IsoTime.Parse(block.Until) is { } until && now < until)
        {
            outcome.Status = RunStatuses.Blocked;
            outcome.Error = $"Spotify asked to wait until {block.Until}{Reason(block.Reason)}; no call is made before then.";
            return;
        }
        WarnIfRefreshTokenExpiring(now);
        try
        {
            outcome.Status = work();
        }
        catch (SpotifyBlockedException error)
        {
            Blocked(error, now, outcome);
            return;
        }
        catch (LibraryLeaseTakenException taken)
        {
            outcome.Status = RunStatuses.Skipped;
            outcome.Error = taken.Message;
            return;
        }
        catch (SpotifyAuthorizationRevokedException error)
        {
            outcome.Status = RunStatuses.Reauthorize;
            outcome.Error = error.Message;
            _services.Alerts.Send(AlertKinds.Reauthorize, "re-authorize Spotify", error.Message);
            return;
        }
        catch (SpotifyNotAuthorizedException error)
        {
            outcome.Status = RunStatuses.Reauthorize;
            outcome.Error = error.Message;
            return;
        }
        catch (NotionApiException error) when (error.Status == 429 || error.Status == 529)
        {
            var at = _services.Ports.Clock.UtcNow();
            // An earlier run's Retry-After that still runs stopped this run before any request: it is stored already,
            // and taken again from the whole seconds left it would move later and be written anew by every run.
            var kept = _services.Notion.BlockedUntil is { } earlier && earlier > at ? earlier : (DateTime?)null;
            var resumeAt = kept ?? at.AddSeconds(error.RetryAfterSeconds ?? 0);
            if (kept is null && error.RetryAfterSeconds is not null) _services.Store.SaveNotionBlockedUntil(resumeAt);
            outcome.Status = RunStatuses.Stopped;
            outcome.Error = $"Notion asked to slow down ({error.Code}, Retry-After {error.RetryAfterSeconds} s) beyond what this run can wait; runs resume sending to Notion at {IsoTime.Format(resumeAt)}.";
            return;
        }
        catch (Exception error)
        {
            Failed(operation, error, now, outcome);
            return;
        }
        if (block is not null) _services.Store.ClearSpotifyBlock();
        if (_services.Notion.BlockedUntil is { } notionUntil && notionUntil <= _services.Ports.Clock.UtcNow()) _services.Store.ClearNotionBlock();
        if (_services.Store.Health().FailuresInARow > 0) _services.Store.SaveHealth(new RunHealth());
    }

    private void Blocked(SpotifyBlockedException error, DateTime now, RunOutcome outcome)
    {
        var until = IsoTime.Format(error.BlockedUntil);
        _services.Store.SaveSpotifyBlock(new SpotifyBlock { Until = until, Reason = error.Reason, Since = IsoTime.Format(now) });
        outcome.Status = RunStatuses.Blocked;
        outcome.Error = $"Spotify answered 429{Reason(error.Reason)} with Retry-After {error.RetryAfterSeconds} s; runs make no Spotify call until {until}.";
        if (error.BlockedUntil >= now.AddMinutes(LongBlockMinutes))
        {
            _services.Alerts.Send(AlertKinds.Blocked, $"Spotify blocks the sync until {until}", outcome.Error + " Spotify's development-mode quota is shared by all apps of your developer account.");
        }
    }

    private void Failed(string operation, Exception error, DateTime now, RunOutcome outcome)
    {
        outcome.Status = RunStatuses.Failed;
        outcome.Error = error.Message;
        var health = _services.Store.Health();
        health.FailuresInARow = (health.FailuresInARow ?? 0) + 1;
        health.LastError = $"{operation}: {error.Message}";
        health.LastErrorAt = IsoTime.Format(now);
        _services.Store.SaveHealth(health);
        if (health.FailuresInARow.Value >= FailuresBeforeAlert)
        {
            _services.Alerts.Send(AlertKinds.RepeatedFailures, $"{health.FailuresInARow} sync runs in a row failed", $"The last error ({health.LastErrorAt}): {health.LastError}");
        }
    }

    private void WarnIfRefreshTokenExpiring(DateTime now)
    {
        if (_services.Auth.AuthorizedAt() is not { } authorizedAt) return;
        var expires = authorizedAt.AddMonths(6);
        if (now < expires.AddDays(-RefreshTokenWarningDays)) return;
        _services.Alerts.Send(AlertKinds.RefreshTokenExpiring, $"Spotify access ends on {IsoTime.Format(expires)}",
            $"Spotify's refresh tokens expire 6 months after the authorization ({IsoTime.Format(authorizedAt)}). Run authorizeSpotify() and open the URL it logs before {IsoTime.Format(expires)} to keep the sync running.");
    }

    private static string Reason(string? reason) => reason is null ? "" : $" ({reason})";
}

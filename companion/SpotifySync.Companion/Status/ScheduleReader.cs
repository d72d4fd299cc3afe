using System;
using System.Threading;
using System.Threading.Tasks;
using SpotifySync.Companion.Cron;

namespace SpotifySync.Companion.Status;

/// <summary>
/// The next scheduled run from the crontab. The server asks often (every <c>GET /gas/status</c>) and a crontab
/// changes rarely, so the crontab's text is read at most once a minute.
/// </summary>
public sealed class ScheduleReader(CrontabProgram crontab, TimeProvider time)
{
    public static readonly TimeSpan ReadInterval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DateTimeOffset ReadAt, string? Text, string? Error)? _last;

    public async Task<(NextRun? Next, string? Error)> NextAsync(CancellationToken cancellation)
    {
        var now = time.GetUtcNow();
        await _gate.WaitAsync(cancellation);
        try
        {
            if (_last is null || now - _last.Value.ReadAt >= ReadInterval)
            {
                try
                {
                    _last = (now, await crontab.ReadAsync(cancellation), null);
                }
                catch (CrontabException exception)
                {
                    _last = (now, null, exception.Message);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
        if (_last.Value.Text is not { } text) return (null, _last.Value.Error);
        var next = CronSchedule.Next(CronEntries.Installed(text), now, TimeZoneInfo.Local);
        return (next is { } n ? new NextRun(n.At, n.Mode) : null, null);
    }
}

using System;
using System.Collections.Generic;
using Serilog;

namespace SpotifySync.Companion.Server;

/// <summary>
/// Logs the requests the API refuses, at most one line per kind of refusal (its code) a minute, that line counting those
/// left out since the last: someone probing the tunnel's address cannot fill the log, and a person still sees that it
/// happens, where and how often. A line names the method, the route, the status and the code; never the body, the
/// signature or the path as sent, whose characters are the sender's.
/// </summary>
public sealed class RefusalLog(ILogger log, TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly object _gate = new();
    private readonly Dictionary<string, (DateTimeOffset LoggedAt, int LeftOut)> _kinds = new(StringComparer.Ordinal);

    public void Refused(string method, string route, int status, string error)
    {
        int leftOut;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_kinds.TryGetValue(error, out var last) && now - last.LoggedAt < Interval)
            {
                _kinds[error] = (last.LoggedAt, last.LeftOut + 1);
                return;
            }
            _kinds[error] = (now, 0);
            leftOut = last.LeftOut;
        }
        log.Warning("Refused {Method} {Route}: {Status} {Error}{LeftOut}", method, route, status, error,
            leftOut == 0 ? "" : $" (and {leftOut} more refused so since the last line of this kind, not logged)");
    }
}

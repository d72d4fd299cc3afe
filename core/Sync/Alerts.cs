using System;
using SpotifySync.Core.Ports;
using SpotifySync.Core.Timing;

namespace SpotifySync.Core.Sync;

/// <summary>
/// Alerts mailed to <c>ALERT_EMAIL</c>, at most one a day per kind (<see cref="AlertKinds"/>), so a problem that
/// lasts sends one mail a day, not one per 5-minute run. Without <c>ALERT_EMAIL</c> an alert is only logged.
/// </summary>
public sealed class Alerts
{
    public const int HoursBetweenAlertsOfAKind = 24;

    private readonly IMail _mail;
    private readonly SyncStore _store;
    private readonly IClock _clock;
    private readonly ILog _log;
    private readonly string? _to;

    public Alerts(IMail mail, SyncStore store, IClock clock, ILog log, string? to)
    {
        _mail = mail;
        _store = store;
        _clock = clock;
        _log = log;
        _to = to;
    }

    /// <summary>Mails the alert unless one of its kind went out in the last day; true when it was mailed.</summary>
    public bool Send(string kind, string subject, string body)
    {
        _log.Info($"Alert ({kind}): {subject}");
        if (_to is null) return false;
        var sent = _store.AlertsSent();
        var now = _clock.UtcNow();
        if (sent.TryGetValue(kind, out var last) && IsoTime.Parse(last) is { } lastSent && now < lastSent.AddHours(HoursBetweenAlertsOfAKind)) return false;
        try
        {
            _mail.Send(_to, $"SpotifySync: {subject}", body);
        }
        catch (Exception error)
        {
            _log.Info($"The alert could not be mailed to {_to}: {error.Message}");
            return false;
        }
        sent[kind] = IsoTime.Format(now);
        _store.SaveAlertsSent(sent);
        return true;
    }
}

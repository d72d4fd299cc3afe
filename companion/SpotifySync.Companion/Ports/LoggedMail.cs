using Serilog;
using SpotifySync.Core.Ports;

namespace SpotifySync.Companion.Ports;

/// <summary>
/// The core's alerts (Apps Script mails them to ALERT_EMAIL): the companion sends no mail, so they go to the log as
/// warnings, and into the run's errors through the sync's status.
/// </summary>
public sealed class LoggedMail(ILogger log) : IMail
{
    public void Send(string to, string subject, string body) => log.Warning("Alert (logged, not mailed): {Subject}: {Body}", subject, body);
}

namespace SpotifySync.Core.Ports;

/// <summary>Alerts by email (Apps Script's MailApp).</summary>
public interface IMail
{
    /// <summary>Sends a plain-text email.</summary>
    void Send(string to, string subject, string body);
}

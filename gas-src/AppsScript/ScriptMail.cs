using AppsScript.Interop.Services;
using SpotifySync.Core.Ports;

namespace SpotifySync.AppsScript;

/// <summary><see cref="IMail"/> over MailApp, which sends as the user the script runs as.</summary>
public sealed class ScriptMail : IMail
{
    public void Send(string to, string subject, string body) => MailApp.SendEmail(to, subject, body);
}

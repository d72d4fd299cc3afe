using System.Collections.Generic;

namespace AppsScript.Interop.Services;

/// <summary>
/// Apps Script's <c>MailApp</c>: sends email as the user running the script, within a daily quota. Needs the
/// <c>https://www.googleapis.com/auth/script.send_mail</c> scope when the manifest lists its scopes.
/// </summary>
[External]
public static class MailApp
{
    /// <summary>Sends a plain-text email to the recipients (comma-separated).</summary>
    public static extern void SendEmail(string recipient, string subject, string body);

    /// <summary>Sends an email to the recipients (comma-separated) with further options, such as an HTML body.</summary>
    public static extern void SendEmail(string recipient, string subject, string body, MailOptions options);

    /// <summary>Sends the email the message describes; it must set <see cref="MailMessage.To"/> and <see cref="MailMessage.Subject"/>.</summary>
    public static extern void SendEmail(MailMessage message);

    /// <summary>How many more recipients the script may email today.</summary>
    public static extern int GetRemainingDailyQuota();
}

/// <summary>
/// The optional parameters of <see cref="MailApp.SendEmail(string, string, string, MailOptions)"/>
/// (<c>MailAdvancedParameters</c>); an object literal of the options set.
/// </summary>
[External]
public class MailOptions
{
    /// <summary>An HTML body, shown instead of the plain one by clients that render HTML.</summary>
    public string? HtmlBody { get; set; }

    /// <summary>The sender's display name.</summary>
    public string? Name { get; set; }

    /// <summary>The reply-to address.</summary>
    public string? ReplyTo { get; set; }

    /// <summary>Comma-separated addresses to copy.</summary>
    public string? Cc { get; set; }

    /// <summary>Comma-separated addresses to blind-copy.</summary>
    public string? Bcc { get; set; }

    /// <summary>True to send from a no-reply address (Google Workspace accounts only).</summary>
    public bool? NoReply { get; set; }

    /// <summary>Files to attach.</summary>
    public List<Blob>? Attachments { get; set; }
}

/// <summary>A whole email for <see cref="MailApp.SendEmail(MailMessage)"/>: the options plus recipient, subject and body.</summary>
[External]
public sealed class MailMessage : MailOptions
{
    /// <summary>The recipients, comma-separated.</summary>
    public string? To { get; set; }

    /// <summary>The subject.</summary>
    public string? Subject { get; set; }

    /// <summary>The plain-text body.</summary>
    public string? Body { get; set; }
}

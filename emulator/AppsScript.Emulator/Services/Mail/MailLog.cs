using System;
using System.Collections.Generic;
using System.Linq;

namespace AppsScript.Emulator.Services.Mail;

/// <summary>The mail <c>MailApp.sendEmail</c> sent, kept across executions in place of delivering it.</summary>
public sealed class MailLog
{
    private readonly object _gate = new();
    private readonly List<SentEmail> _sent = new();

    public IReadOnlyList<SentEmail> Sent
    {
        get
        {
            lock (_gate) return _sent.ToList();
        }
    }

    internal void Add(SentEmail email)
    {
        lock (_gate) _sent.Add(email);
    }
}

/// <summary>One sent email; the recipient lists are as given (comma-separated).</summary>
public sealed record SentEmail(
    DateTimeOffset Time,
    string To,
    string? Cc,
    string? Bcc,
    string? ReplyTo,
    string Subject,
    string Body,
    string? HtmlBody,
    string? Name,
    bool NoReply,
    int Attachments)
{
    /// <summary>Every recipient (to, cc and bcc): what the daily quota counts.</summary>
    public IReadOnlyList<string> Recipients =>
        new[] { To, Cc, Bcc }.SelectMany(list => (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}

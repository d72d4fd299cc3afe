using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using SpotifySync.Core.Ports;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.Core.Sync;

/// <summary>
/// Tells the companion (<c>COMPANION_URL</c>) that a run created pages, so it can download them: a POST of
/// <see cref="CompanionNotification"/> to <c>{COMPANION_URL}/gas/webhook</c>, signed with <c>WEBHOOK_SECRET</c> in the
/// <c>X-SpotifySync-Timestamp</c> and <c>X-SpotifySync-Signature</c> headers. A failure is logged and never fails
/// the sync: the companion also finds new pages on its own schedule.
/// </summary>
public sealed class CompanionNotifier
{
    public const string WebhookPath = "/gas/webhook";

    private readonly IHttp _http;
    private readonly ICrypto _crypto;
    private readonly IClock _clock;
    private readonly ILog _log;
    private readonly string? _companionUrl;
    private readonly string? _secret;

    public CompanionNotifier(IHttp http, ICrypto crypto, IClock clock, ILog log, string? companionUrl, string? secret)
    {
        _http = http;
        _crypto = crypto;
        _clock = clock;
        _log = log;
        _companionUrl = companionUrl;
        _secret = secret;
    }

    /// <summary>Posts the notification when pages were created and a companion is configured; true when the companion accepted it.</summary>
    public bool Notify(string eventName, List<string> createdIds)
    {
        if (_companionUrl is null || createdIds.Count == 0) return false;
        if (_secret is null)
        {
            _log.Info($"The companion at {_companionUrl} was not notified: set the script property WEBHOOK_SECRET to the companion's secret, since notifications are signed.");
            return false;
        }
        var body = JsonConvert.SerializeObject(new CompanionNotification { Event = eventName, Created = createdIds.Count, Ids = createdIds });
        var timestamp = WebhookSignature.UnixSeconds(_clock.UtcNow());
        var url = _companionUrl.TrimEnd('/') + WebhookPath;
        try
        {
            var result = _http.Fetch(new HttpRequest
            {
                Url = url,
                Method = HttpMethods.Post,
                Headers = new Dictionary<string, string>
                {
                    [WebhookSignature.TimestampHeader] = $"{timestamp}",
                    [WebhookSignature.SignatureHeader] = WebhookSignature.Sign(_crypto, _secret, timestamp, body),
                },
                Body = body,
                ContentType = "application/json",
            });
            if (result.Status >= 200 && result.Status < 300) return true;
            _log.Info($"The companion at {url} answered {result.Status} to the notification of {createdIds.Count} new page(s).");
        }
        catch (Exception error)
        {
            _log.Info($"The companion at {url} could not be notified of {createdIds.Count} new page(s): {error.Message}");
        }
        return false;
    }
}

using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using SpotifySync.Core.Http;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Ports;
using SpotifySync.Core.Timing;

namespace SpotifySync.Core.Notion;

/// <summary>
/// The Notion endpoints the sync uses, one method each, with <c>Notion-Version: 2026-03-11</c>, the current one. Requests are paced
/// by sleeping on the clock: at most 60 × <c>requestsPerSecond</c> start in any minute (<see cref="NotionRequestWindow"/>,
/// where the handling of Notion's rate budget lives). A 429 or 529, and a 500, 502, 503 or 504, are retried by the
/// clients' one policy (<see cref="RequestRetries"/>); a server error only for reads and queries, never for a write,
/// which may have been saved (a create's 503 carries the saved page's id in
/// <see cref="NotionApiException.CommittedResourceId"/>). Every other failure throws a <see cref="NotionApiException"/>.
/// A Retry-After that outlasted an earlier run is kept as <c>blockedUntil</c>: no request is sent before then.
/// </summary>
public sealed class NotionClient
{
    public const string BaseUrl = "https://api.notion.com/v1";
    public const string Version = "2026-03-11";

    /// <summary>Notion's average allowance on all but Business and Enterprise plans: 180 requests a minute.</summary>
    public const int DefaultRequestsPerSecond = 3;

    /// <summary>Used when a 429 or 529 comes without Retry-After.</summary>
    private const int DefaultRetryAfterSeconds = 1;

    private static readonly JsonSerializerSettings WithoutNulls = new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore };

    private readonly string _token;
    private readonly IHttp _http;
    private readonly IClock _clock;
    private readonly RunBudget _budget;

    /// <param name="blockedUntil">When an earlier run's Retry-After ends, if it has not yet.</param>
    public NotionClient(string token, IHttp http, IClock clock, RunBudget budget, int requestsPerSecond, DateTime? blockedUntil = null)
    {
        if (requestsPerSecond < 1) throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), requestsPerSecond, "Notion requests per second must be at least 1.");
        _token = token;
        _http = http;
        _clock = clock;
        _budget = budget;
        BlockedUntil = blockedUntil;
        Window = new NotionRequestWindow(requestsPerSecond * 60, clock.UtcNow());
    }

    /// <summary>When an earlier run's Retry-After ends, as the client was given it; null when none was stored.</summary>
    public DateTime? BlockedUntil { get; }

    /// <summary>The rate budget's window, which paces the requests.</summary>
    public NotionRequestWindow Window { get; }

    /// <summary>How long this client has slept so far, pacing requests and waiting out Retry-After or a 5xx.</summary>
    public double WaitedMilliseconds { get; private set; }

    /// <summary><c>GET /v1/databases/{id}</c>: the database and its data sources.</summary>
    public NotionDatabase RetrieveDatabase(string databaseId) =>
        JsonConvert.DeserializeObject<NotionDatabase>(Send(HttpMethods.Get, $"/databases/{Uri.EscapeDataString(databaseId)}", null, true))!;

    /// <summary><c>GET /v1/data_sources/{id}</c>: the schema.</summary>
    public NotionDataSource RetrieveDataSource(string dataSourceId) =>
        JsonConvert.DeserializeObject<NotionDataSource>(Send(HttpMethods.Get, $"/data_sources/{Uri.EscapeDataString(dataSourceId)}", null, true))!;

    /// <summary><c>PATCH /v1/data_sources/{id}</c>: adds the properties of the request; returns the new schema.</summary>
    public NotionDataSource UpdateDataSource(string dataSourceId, NotionUpdateDataSourceRequest request) =>
        JsonConvert.DeserializeObject<NotionDataSource>(Send(HttpMethods.Patch, $"/data_sources/{Uri.EscapeDataString(dataSourceId)}", JsonConvert.SerializeObject(request, WithoutNulls), false))!;

    /// <summary>
    /// <c>POST /v1/data_sources/{id}/query</c>: one page of at most <paramref name="pageSize"/> (1 to 100) rows
    /// matching <paramref name="filter"/>, from <paramref name="startCursor"/> (null for the first page).
    /// </summary>
    public NotionQueryResult QueryDataSource(string dataSourceId, NotionFilter? filter, List<NotionSort>? sorts, string? startCursor, int pageSize)
    {
        var request = new NotionQueryRequest { Filter = filter, Sorts = sorts, StartCursor = startCursor, PageSize = pageSize };
        return JsonConvert.DeserializeObject<NotionQueryResult>(Send(HttpMethods.Post, $"/data_sources/{Uri.EscapeDataString(dataSourceId)}/query", JsonConvert.SerializeObject(request, WithoutNulls), true))!;
    }

    /// <summary><c>POST /v1/pages</c>: creates the page, once: a failure is never re-sent (see the class summary).</summary>
    public NotionPage CreatePage(NotionCreatePageRequest request) =>
        JsonConvert.DeserializeObject<NotionPage>(Send(HttpMethods.Post, "/pages", JsonConvert.SerializeObject(request, WithoutNulls), false))!;

    /// <summary><c>PATCH /v1/pages/{id}</c>: changes the properties given, keeps the others.</summary>
    public NotionPage UpdatePage(string pageId, NotionUpdatePageRequest request) =>
        JsonConvert.DeserializeObject<NotionPage>(Send(HttpMethods.Patch, $"/pages/{Uri.EscapeDataString(pageId)}", JsonConvert.SerializeObject(request, WithoutNulls), false))!;

    /// <summary>
    /// Sends the request, paced, and returns the body of its success, after the retries of the class summary; a
    /// 5xx is retried only when <paramref name="retryServerErrors"/>, for requests that change nothing.
    /// </summary>
    private string Send(string method, string path, string? body, bool retryServerErrors)
    {
        var retries = new RequestRetries(_budget);
        WaitOutBlock(retries);
        while (true)
        {
            Pace();
            var result = _http.Fetch(new HttpRequest
            {
                Url = BaseUrl + path,
                Method = method,
                Headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {_token}", ["Notion-Version"] = Version },
                Body = body,
                ContentType = body is null ? null : "application/json",
            });
            if (result.Status >= 200 && result.Status < 300)
            {
                if (string.IsNullOrWhiteSpace(result.Body)) throw new NotionApiException(result.Status, "empty_body", $"{method.ToUpperInvariant()} {path} answered without a body", null, null);
                return result.Body;
            }
            var wait = result.Status == 429 || result.Status == 529
                ? (IsBlocked(result) ? null : retries.AfterRateLimit(RetryAfter.Seconds(result) ?? DefaultRetryAfterSeconds))
                : retryServerErrors && IsServerError(result.Status) ? retries.AfterServerError() : null;
            if (wait is not { } milliseconds) throw NotionErrors.FromResult(result);
            Wait(milliseconds);
        }
    }

    /// <summary>A 429 that is Notion blocking the integration, which no wait ends.</summary>
    private static bool IsBlocked(HttpResult result) => NotionErrors.Body(result.Body)?.AdditionalData?.RateLimitReason == "public_api_request_blocked";

    private static bool IsServerError(int status) => status == 500 || status == 502 || status == 503 || status == 504;

    /// <summary>Sleeps until an earlier run's Retry-After ends when that is short and fits; else throws the 429 it was.</summary>
    private void WaitOutBlock(RequestRetries retries)
    {
        if (BlockedUntil is not { } until) return;
        var wait = (int)Math.Ceiling((until - _clock.UtcNow()).TotalMilliseconds);
        if (wait <= 0) return;
        if (!retries.CanWait(wait))
        {
            throw new NotionApiException(429, "rate_limited", $"Notion asked to wait until {IsoTime.Format(until)}; no request is sent before then", null, (wait + 999) / 1000);
        }
        Wait(wait);
    }

    /// <summary>Sleeps until the window lets the next request start, and counts it as started.</summary>
    private void Pace()
    {
        var now = _clock.UtcNow();
        var wait = (int)Math.Ceiling((Window.NextStart(now) - now).TotalMilliseconds);
        if (wait > 0)
        {
            Wait(wait);
            now = _clock.UtcNow();
        }
        Window.Started(now);
    }

    private void Wait(int milliseconds)
    {
        _clock.Sleep(milliseconds);
        WaitedMilliseconds += milliseconds;
    }
}

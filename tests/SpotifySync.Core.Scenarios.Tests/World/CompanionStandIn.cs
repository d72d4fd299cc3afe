using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Scenarios.World;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.Core.Scenarios.Tests.World;

/// <summary>
/// The companion as the script meets it: a stand-in for its webhook API at <see cref="Url"/>, reached by the sync's
/// HTTP port on either runtime, that keeps what it receives and answers with <see cref="Status"/>; and what the real
/// companion does with the secret they share, in the companion's own code on .NET (its crypto, the core's signature
/// rules): check a request's signature, sign an envelope for <c>doPost</c>.
/// </summary>
internal sealed class CompanionStandIn : HttpMessageHandler
{
    public const string Host = "companion.example";

    public const string Url = "https://" + Host;

    public const string Secret = "scenario-webhook-secret";

    private readonly object _gate = new();
    private readonly List<Arrival> _received = [];

    /// <summary>What the companion answers: 202, as <c>serve</c> accepts a webhook, until a scenario says otherwise.</summary>
    public int Status { get; set; } = (int)HttpStatusCode.Accepted;

    /// <summary>
    /// The requests received, each signature checked as the companion's server checks it at <paramref name="now"/>, and
    /// each body read as the core's notification, as the companion reads it.
    /// </summary>
    public IEnumerable<CompanionRequest> Received(DateTimeOffset now)
    {
        lock (_gate)
        {
            return _received.Select(arrival =>
            {
                var notification = Notification(arrival.Body);
                return new CompanionRequest
                {
                    Method = arrival.Method,
                    Url = arrival.Url,
                    Body = arrival.Body,
                    Timestamp = arrival.Timestamp,
                    SignatureValid = WebhookSignature.Check(new DotNetCrypto(), Secret, WebhookSignature.ParseTimestamp(arrival.Timestamp), arrival.Signature, arrival.Body,
                        now.ToUnixTimeSeconds()) == SignatureVerdict.Valid,
                    Event = notification?.Event,
                    Created = notification?.Created ?? 0,
                    Ids = notification?.Ids.ToArray() ?? [],
                };
            }).ToList();
        }
    }

    /// <summary>The envelope the companion posts to the script's <c>doPost</c>, as its web app client writes it.</summary>
    public static string Envelope(string payload, DateTimeOffset signedAt, string secret) =>
        JsonConvert.SerializeObject(WebhookSignature.Envelope(new DotNetCrypto(), secret, payload, signedAt.ToUnixTimeSeconds()));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var arrival = new Arrival(request.Method.Method, request.RequestUri!.ToString(), Header(request, WebhookSignature.TimestampHeader),
            Header(request, WebhookSignature.SignatureHeader), body);
        lock (_gate) _received.Add(arrival);
        return new HttpResponseMessage((HttpStatusCode)Status) { Content = new StringContent("{}") };
    }

    private static CompanionNotification? Notification(string body)
    {
        try
        {
            return JsonConvert.DeserializeObject<CompanionNotification>(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    private sealed record Arrival(string Method, string Url, string? Timestamp, string? Signature, string Body);
}

using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SpotifySync.Gas.Tests.Support;

/// <summary>
/// A stand-in for the companion's webhook API at <c>COMPANION_URL</c>, reached by the script's UrlFetchApp through
/// <see cref="SpotifySync.Simulation.SimulatedCloudOptions.OtherHosts"/>: it keeps every request as it arrived and
/// accepts it as <c>serve</c> accepts a webhook that starts a run (202).
/// </summary>
internal sealed class CompanionRecorder : HttpMessageHandler
{
    public const string Host = "companion.example";

    public const string Url = "https://" + Host;

    private readonly object _gate = new();
    private readonly List<CompanionRequest> _requests = [];

    public IReadOnlyList<CompanionRequest> Requests
    {
        get
        {
            lock (_gate) return _requests.ToList();
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var received = new CompanionRequest(request.Method.Method, request.RequestUri!.ToString(), request.Content?.Headers.ContentType?.MediaType,
            Header(request, "X-SpotifySync-Timestamp"), Header(request, "X-SpotifySync-Signature"), body);
        lock (_gate) _requests.Add(received);
        return new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StringContent("""{"recorded":true,"runId":"r1","running":false}""", Encoding.UTF8, "application/json") };
    }

    private static string? Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}

/// <summary>One request the companion stand-in received: the signature headers and the body as sent.</summary>
internal sealed record CompanionRequest(string Method, string Url, string? ContentType, string? Timestamp, string? Signature, string Body);

using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.Companion.Api;

/// <summary>
/// A client of the companion's webhook API (<c>spotify-sync serve</c>, on this machine or behind its tunnel) that signs
/// as the server checks (<see cref="WebhookSignature"/>): a POST signs <c>timestamp + "." + body</c>, a GET its request
/// line, such as <c>GET /gas/status</c>, both with WEBHOOK_SECRET in the <c>X-SpotifySync-Timestamp</c> and
/// <c>X-SpotifySync-Signature</c> headers. Without a secret it sends unsigned, which only <c>/gas/health</c> answers.
/// </summary>
public sealed class GasApiClient(HttpClient http, Uri server, string? secret, TimeProvider time)
{
    private static readonly DotNetCrypto Crypto = new();

    /// <summary>The server's address, such as <c>http://127.0.0.1:5001/</c>.</summary>
    public Uri Server { get; } = server;

    public Task<GasApiAnswer> GetAsync(string path, CancellationToken cancellation)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Server, path));
        return SendAsync(request, WebhookSignature.RequestLine("GET", request.RequestUri!.PathAndQuery), cancellation);
    }

    /// <summary>POSTs <paramref name="json"/> as <c>application/json</c>, signed over exactly these characters.</summary>
    public Task<GasApiAnswer> PostAsync(string path, string json, CancellationToken cancellation)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Server, path)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return SendAsync(request, json, cancellation);
    }

    private async Task<GasApiAnswer> SendAsync(HttpRequestMessage request, string signed, CancellationToken cancellation)
    {
        using (request)
        {
            if (secret is not null)
            {
                var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
                request.Headers.Add(WebhookSignature.TimestampHeader, $"{timestamp}");
                request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(Crypto, secret, timestamp, signed));
            }
            using var response = await http.SendAsync(request, cancellation);
            return new GasApiAnswer((int)response.StatusCode, response.ReasonPhrase ?? "", response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(cancellation));
        }
    }
}

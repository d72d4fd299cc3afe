using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using SpotifySync.Core.Ports;

namespace SpotifySync.Companion.Ports;

/// <summary>
/// <see cref="IHttp"/> over <see cref="HttpClient"/>, for the companion and the tests (the script uses UrlFetchApp).
/// Like UrlFetchApp with muteHttpExceptions, any status is a result and header names are lowercased; only a
/// transport failure throws. <see cref="FetchAll"/> sends the requests concurrently, as fetchAll does.
/// </summary>
public sealed class HttpClientHttp : IHttp
{
    private readonly HttpClient _client;

    public HttpClientHttp(HttpClient client)
    {
        _client = client;
    }

    public HttpResult Fetch(HttpRequest request) => SendAsync(request).GetAwaiter().GetResult();

    public HttpResult[] FetchAll(HttpRequest[] requests) => Task.WhenAll(requests.Select(SendAsync)).GetAwaiter().GetResult();

    private async Task<HttpResult> SendAsync(HttpRequest request)
    {
        using var message = new HttpRequestMessage(new System.Net.Http.HttpMethod(request.Method.ToUpperInvariant()), request.Url);
        foreach (var header in request.Headers) message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        if (request.Body is not null) message.Content = new StringContent(request.Body, Encoding.UTF8, request.ContentType ?? "text/plain");
        using var response = await _client.SendAsync(message).ConfigureAwait(false);
        var headers = new Dictionary<string, string>();
        foreach (var header in response.Headers.Concat(response.Content.Headers)) headers[header.Key.ToLowerInvariant()] = string.Join(", ", header.Value);
        return new HttpResult
        {
            Status = (int)response.StatusCode,
            Body = await response.Content.ReadAsStringAsync().ConfigureAwait(false),
            Headers = headers,
        };
    }
}

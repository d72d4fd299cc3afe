namespace SpotifySync.Core.Ports;

/// <summary>
/// HTTP out of the sync core. Every response comes back as an <see cref="HttpResult"/>, whatever its status: the
/// clients decide what a 401, 429 or 503 means. Only a transport failure (no response at all) throws.
/// </summary>
public interface IHttp
{
    /// <summary>Sends one request and returns its response.</summary>
    HttpResult Fetch(HttpRequest request);

    /// <summary>Sends the requests at once (Apps Script's only parallelism) and returns the responses in the same order.</summary>
    HttpResult[] FetchAll(HttpRequest[] requests);
}

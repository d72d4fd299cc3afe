using System.Collections.Generic;
using AppsScript.Interop.Services;
using SpotifySync.Core.Ports;

namespace SpotifySync.AppsScript;

/// <summary>
/// <see cref="IHttp"/> over UrlFetchApp. Every status comes back as a result (muteHttpExceptions), so the clients
/// see a 429 or 503 with its headers; only a failure to connect throws. Header names are lowercased, since
/// getAllHeaders keeps the server's spelling. <see cref="HttpRequest.Method"/> is already UrlFetchApp's lowercase method.
/// </summary>
public sealed class UrlFetchHttp : IHttp
{
    public HttpResult Fetch(HttpRequest request) => ToResult(UrlFetchApp.Fetch(request.Url, Options(request)));

    public HttpResult[] FetchAll(HttpRequest[] requests)
    {
        var fetches = new List<UrlFetchRequest>();
        foreach (var request in requests)
        {
            fetches.Add(new UrlFetchRequest
            {
                Url = request.Url,
                Method = request.Method,
                Headers = request.Headers,
                Payload = request.Body,
                ContentType = request.ContentType,
                MuteHttpExceptions = true,
                FollowRedirects = true,
            });
        }
        var results = new List<HttpResult>();
        foreach (var response in UrlFetchApp.FetchAll(fetches)) results.Add(ToResult(response));
        return results.ToArray();
    }

    private static UrlFetchRequestOptions Options(HttpRequest request) => new UrlFetchRequestOptions
    {
        Method = request.Method,
        Headers = request.Headers,
        Payload = request.Body,
        ContentType = request.ContentType,
        MuteHttpExceptions = true,
        FollowRedirects = true,
    };


    private static HttpResult ToResult(HTTPResponse response)
    {
        var headers = new Dictionary<string, string>();
        foreach (var header in response.GetAllHeaders())
        {
            // A header sent several times (Set-Cookie) comes as an array of its values.
            headers[header.Key.ToLowerInvariant()] = header.Value is string single ? single : string.Join(", ", (object[])header.Value);
        }
        return new HttpResult { Status = response.GetResponseCode(), Body = response.GetContentText(), Headers = headers };
    }
}

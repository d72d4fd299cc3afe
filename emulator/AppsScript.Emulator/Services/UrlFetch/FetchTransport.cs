using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using AppsScript.Emulator.Runtime;

namespace AppsScript.Emulator.Services.UrlFetch;

/// <summary>
/// Sends a <see cref="FetchRequest"/> through the environment's transport: follows redirects itself (so an
/// in-process handler behaves like the network), adds Apps Script's User-Agent, turns transport failures into
/// Apps Script's errors and, on the real network with a virtual clock, charges the request's real duration to the
/// execution (a real clock has seen it pass).
/// </summary>
internal static class FetchTransport
{
    private const int MaxRedirects = 10;

    public static FetchResponse Send(ScriptExecution execution, FetchRequest request)
    {
        var environment = execution.Environment;
        var url = request.Url;
        var method = request.HttpMethod;
        var payload = request.Payload;
        for (var redirects = 0; ; redirects++)
        {
            using var message = Message(environment.ScriptId, request, url, method, payload);
            var stopwatch = Stopwatch.StartNew();
            FetchResponse response;
            try
            {
                using var answer = environment.Transport(request.ValidateHttpsCertificates).SendAsync(message, CancellationToken.None).GetAwaiter().GetResult();
                var body = answer.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
                var headers = answer.Headers.Concat(answer.Content.Headers).Select(header => new KeyValuePair<string, string[]>(header.Key, header.Value.ToArray())).ToList();
                response = new FetchResponse((int)answer.StatusCode, headers, body);
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException or OperationCanceledException)
            {
                throw Failure(exception, url);
            }
            finally
            {
                if (environment.ChargesRealFetchTime) execution.Spend(stopwatch.Elapsed);
            }
            if (!request.FollowRedirects || response.StatusCode is not (301 or 302 or 303 or 307 or 308) || response.Header("Location") is not { } location || redirects == MaxRedirects)
            {
                return response;
            }
            url = new Uri(new Uri(url), location).ToString();
            if (response.StatusCode == 303 || (response.StatusCode is 301 or 302 && method == HttpMethod.Post))
            {
                method = HttpMethod.Get;
                payload = null;
            }
        }
    }

    private static HttpRequestMessage Message(string scriptId, FetchRequest request, string url, HttpMethod method, byte[]? payload)
    {
        var message = new HttpRequestMessage(method, url);
        if (payload is not null)
        {
            message.Content = new ByteArrayContent(payload);
            message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }
        foreach (var (name, value) in request.Headers)
        {
            if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase) && message.Content is not null)
            {
                continue;
            }
            if (!message.Headers.TryAddWithoutValidation(name, value)) message.Content?.Headers.TryAddWithoutValidation(name, value);
        }
        if (!message.Headers.Contains("User-Agent"))
        {
            message.Headers.TryAddWithoutValidation("User-Agent", $"Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; id: {scriptId})");
        }
        return message;
    }

    private static AppsScriptException Failure(Exception exception, string url)
    {
        var socket = exception.InnerException as SocketException ?? exception.InnerException?.InnerException as SocketException;
        if (exception is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } || socket?.SocketErrorCode == SocketError.HostNotFound)
        {
            return new AppsScriptException($"DNS error: {url}");
        }
        if (exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } || socket?.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return new AppsScriptException($"Address unavailable: {url}");
        }
        return new AppsScriptException($"Timeout: {url}");
    }
}

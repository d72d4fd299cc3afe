using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AppsScript.Emulator.Time;

namespace AppsScript.Emulator.Tests.Support;

/// <summary>
/// A tiny in-process HTTP service for UrlFetchApp tests. Like the sandbox's simulators behind ASP.NET's
/// TestServer, it answers on a thread-pool thread and spends its simulated latency by calling
/// <see cref="ScriptClock.Advance"/> while the execution waits on the fetch.
/// </summary>
internal sealed class FakeService(Func<FakeRequest, FakeReply> answer) : HttpMessageHandler
{
    private readonly List<FakeRequest> _received = new();

    public ScriptClock? Clock { get; set; }

    /// <summary>Spend latency with the blocking <see cref="ScriptClock.Advance"/> instead of <see cref="ScriptClock.AdvanceAsync"/>.</summary>
    public bool BlockingLatency { get; init; }

    public IReadOnlyList<FakeRequest> Received
    {
        get
        {
            lock (_received) return _received.ToList();
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = request.Headers.NonValidated.Concat(request.Content?.Headers.NonValidated ?? default)
            .ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var received = new FakeRequest(request.Method.Method, request.RequestUri!, headers, body, Clock?.GetUtcNow() ?? default);
        lock (_received) _received.Add(received);
        var reply = answer(received);
        if (reply.Latency > TimeSpan.Zero)
        {
            if (BlockingLatency) Clock!.Advance(reply.Latency);
            else await Clock!.AdvanceAsync(reply.Latency);
        }
        var response = new HttpResponseMessage((HttpStatusCode)reply.Status) { Content = new ByteArrayContent(reply.Bytes ?? Encoding.UTF8.GetBytes(reply.Body)) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", reply.ContentType);
        foreach (var (name, value) in reply.Headers ?? []) response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }
}

internal sealed record FakeRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, byte[]? Body, DateTimeOffset ArrivedAt)
{
    public string? Text => Body is null ? null : Encoding.UTF8.GetString(Body);
}

internal sealed record FakeReply(int Status = 200, string Body = "", string ContentType = "application/json")
{
    public TimeSpan Latency { get; init; }

    public byte[]? Bytes { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>>? Headers { get; init; }
}

/// <summary>An environment wired to a <see cref="FakeService"/>, as the sandbox will be wired.</summary>
internal static class FakeEnvironment
{
    public static ScriptEnvironment Create(FakeService service, ScriptEnvironmentOptions? options = null)
    {
        var environment = new ScriptEnvironment(options, service);
        service.Clock = environment.Clock;
        return environment;
    }
}

using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Serilog;
using SpotifySync.Companion.Api;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.Server;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// The webhook API of one test: <c>serve</c>'s server (<see cref="GasServer"/>) on a free loopback port over a sandbox
/// with WEBHOOK_SECRET set, the companion's own signed client (<see cref="Client"/>) for what a person or Apps Script
/// sends, and raw requests (<see cref="SendAsync"/>) for what an attacker might.
/// </summary>
internal sealed class LoopbackApi : IAsyncDisposable
{
    private LoopbackApi(CompanionSandbox sandbox, GasServer server, TimeProvider time)
    {
        Sandbox = sandbox;
        Server = server;
        Http = new HttpClient { BaseAddress = server.BaseAddress };
        Client = new GasApiClient(Http, server.BaseAddress, CompanionSandbox.WebhookSecret, time);
    }

    public CompanionSandbox Sandbox { get; }
    public GasServer Server { get; }
    public HttpClient Http { get; }
    public GasApiClient Client { get; }

    /// <param name="configure">Settings of the sandbox before the server reads them.</param>
    /// <param name="time">The server's and the client's clock; the system's when null.</param>
    /// <param name="log">Where the server logs; nowhere when null.</param>
    public static async Task<LoopbackApi> StartAsync(Action<CompanionSandbox>? configure = null, TimeProvider? time = null, ILogger? log = null)
    {
        var sandbox = (await CompanionSandbox.StartAsync()).WithWebhookSecret();
        configure?.Invoke(sandbox);
        var server = await GasServer.StartAsync(sandbox.Configuration(), log ?? new LoggerConfiguration().CreateLogger(), 0, time: time);
        return new LoopbackApi(sandbox, server, time ?? TimeProvider.System);
    }

    /// <summary>
    /// A request as sent: signed with <paramref name="secret"/> at <paramref name="at"/> over the body, or for a GET
    /// over its request line, unless <paramref name="signature"/> or <paramref name="timestamp"/> say otherwise
    /// (<c>""</c> leaves that header out).
    /// </summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body = null, string? contentType = "application/json",
        DateTimeOffset? at = null, string secret = CompanionSandbox.WebhookSecret, string? timestamp = null, string? signature = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null) request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }
        var seconds = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var signed = method == HttpMethod.Get ? WebhookSignature.RequestLine("GET", path) : body ?? "";
        timestamp ??= $"{seconds}";
        signature ??= WebhookSignature.Sign(new DotNetCrypto(), secret, seconds, signed);
        if (timestamp.Length > 0) request.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, timestamp);
        if (signature.Length > 0) request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, signature);
        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(string path, string body, DateTimeOffset? at = null) => SendAsync(HttpMethod.Post, path, body, at: at);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}

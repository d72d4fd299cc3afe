using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using AppsScript.Emulator;
using AppsScript.Emulator.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SpotifySync.Companion.Demo;

/// <summary>
/// The deployed web app's <c>/exec</c> URL for the demo: a loopback address whose POST runs <c>doPost(e)</c> of the
/// bundle under the emulator, so the companion's real report client reaches the app's real handler. The emulator is
/// driven by one thread at a time: every execution, the demo's and this one's, holds <paramref name="gate"/>.
/// </summary>
public sealed class WebAppBridge : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebAppBridge(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The web app's URL, <c>http://127.0.0.1:{port}/exec</c>.</summary>
    public Uri Url { get; }

    public static async Task<WebAppBridge> StartAsync(ScriptEnvironment script, ScriptProject project, SemaphoreSlim gate, Action<ExecutionResult> posted)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/exec", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            await gate.WaitAsync();
            ExecutionResult result;
            try
            {
                result = script.RunDoPost(project, WebAppRequest.Post(body, request.ContentType ?? "application/json"));
            }
            finally
            {
                gate.Release();
            }
            posted(result);
            // Apps Script answers a failed doPost with an HTML error page and status 200; a 500 makes the failure plain to the caller here.
            return result is { Succeeded: true, Output: { } output } ? Results.Content(output.Content, output.MimeType) : Results.Problem(result.Error?.ToString(), statusCode: 500);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new WebAppBridge(app, new Uri(address + "/exec"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

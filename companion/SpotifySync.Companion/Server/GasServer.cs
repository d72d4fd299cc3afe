using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using SpotifySync.Companion.Configuration;

namespace SpotifySync.Companion.Server;

/// <summary>
/// <c>spotify-sync serve</c>: Kestrel on SPOTIFY_SYNC_BIND:SPOTIFY_SYNC_PORT (127.0.0.1:5001) with the webhook API,
/// request bodies cut at 64 KB, logging to <c>logs/webhook_server.log</c>. An address other machines can reach
/// needs WEBHOOK_SECRET (<see cref="CompanionConfiguration.RequireServe"/>).
/// </summary>
public sealed class GasServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GasServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Where it listens, such as <c>http://127.0.0.1:5001/</c>.</summary>
    public Uri BaseAddress { get; }

    public GasService Service => _app.Services.GetRequiredService<GasService>();

    /// <summary>Starts listening on <paramref name="port"/> (the configured one; 0 picks a free port).</summary>
    /// <param name="downloader">What the server's runs download with; yt-dlp as configured when null.</param>
    /// <param name="time">The time its runs and signatures go by; the system's when null.</param>
    public static async Task<GasServer> StartAsync(CompanionConfiguration configuration, Serilog.ILogger log, int port, Downloads.IDownloader? downloader = null, TimeProvider? time = null)
    {
        configuration.RequireServe();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(log);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(configuration.Bind, port);
            kestrel.Limits.MaxRequestBodySize = GasRequest.MaxBodyBytes;
        });
        builder.Services.AddGasService(configuration, log, downloader, time);
        var app = builder.Build();
        app.MapGasEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        log.Information("Serving the webhook API on {Address}", address);
        return new GasServer(app, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/"));
    }

    /// <summary>Completes when the host stops (SIGTERM) or <paramref name="cancellation"/> fires (Ctrl+C).</summary>
    public Task WaitForShutdownAsync(System.Threading.CancellationToken cancellation) => _app.WaitForShutdownAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

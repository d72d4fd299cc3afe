using System;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using SpotifySync.Companion.Configuration;

namespace SpotifySync.Companion.Server;

/// <summary>
/// <c>spotify-sync serve</c>: Kestrel on SPOTIFY_SYNC_BIND:SPOTIFY_SYNC_PORT (127.0.0.1:5001) with the webhook API,
/// logging to <c>logs/webhook_server.log</c>. It does not start without WEBHOOK_SECRET
/// (<see cref="CompanionConfiguration.RequireServe"/>): a tunnel brings every request from loopback, so the address
/// protects nothing. Behind the tunnel any client reaches Kestrel, so a slow one is cut off: request bodies at 64 KB,
/// headers that take more than 10 seconds (Kestrel answers 408), bodies slower than 240 bytes a second after 5 (408).
/// </summary>
public sealed class GasServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GasServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>How long Kestrel waits for a request's headers before it answers 408 and closes the connection.</summary>
    public static readonly TimeSpan HeadersTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Where it listens, such as <c>http://127.0.0.1:5001/</c>.</summary>
    public Uri BaseAddress { get; }

    public GasService Service => _app.Services.GetRequiredService<GasService>();

    /// <summary>Starts listening on <paramref name="port"/> (the configured one; 0 picks a free port).</summary>
    /// <param name="downloader">What the server's runs download with; yt-dlp as configured when null.</param>
    /// <param name="time">The time its runs and signatures go by; the system's when null.</param>
    /// <exception cref="ConfigurationException">A setting serving needs is missing (WEBHOOK_SECRET among them).</exception>
    /// <exception cref="AddressInUseException">Another program listens on the address; the message says how to pick another port.</exception>
    public static async Task<GasServer> StartAsync(CompanionConfiguration configuration, Serilog.ILogger log, int port, Downloads.IDownloader? downloader = null, TimeProvider? time = null)
    {
        configuration.RequireServe();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(log);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(configuration.Bind, port);
            kestrel.Limits.MaxRequestBodySize = RequestBodyReader.MaxBodyBytes;
            kestrel.Limits.RequestHeadersTimeout = HeadersTimeout;
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        });
        // The problem details' sentences stay readable ('s as themselves, as CompanionJson writes the answers).
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.Services.AddGasService(configuration, log, downloader, time);
        var app = builder.Build();
        app.MapGasEndpoints();
        try
        {
            await app.StartAsync();
        }
        catch (IOException exception) when (exception.InnerException is AddressInUseException)
        {
            await app.DisposeAsync();
            throw new AddressInUseException($"{configuration.Bind}:{port} is in use by another program (another spotify-sync serve?): stop it, or set " +
                                            $"{Settings.Port.Name} to a free port, in the config file or the environment, and point the tunnel at that port.");
        }
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

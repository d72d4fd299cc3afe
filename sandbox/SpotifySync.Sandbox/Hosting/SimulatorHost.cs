using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpotifySync.Sandbox.Faults;

namespace SpotifySync.Sandbox.Hosting;

/// <summary>
/// Serves one simulator as an ASP.NET Core app, either in-process (ASP.NET Core's TestServer: the full
/// pipeline, no sockets, what the Apps Script emulator's UrlFetchApp calls) or on a 127.0.0.1 port (Kestrel,
/// for the companion and the demo). Both run the same routes through the same fault injection.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatorHost(ISimulator simulator, WebApplication app, Uri baseAddress)
    {
        Simulator = simulator;
        _app = app;
        BaseAddress = baseAddress;
    }

    public ISimulator Simulator { get; }

    /// <summary>In-process, the real API's address (<c>https://{first host}/</c>); on loopback, <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseAddress { get; }

    public bool IsInProcess => _app.Services.GetRequiredService<IServer>() is TestServer;

    public static async Task<SimulatorHost> StartInProcessAsync(ISimulator simulator)
    {
        var builder = CreateBuilder();
        builder.WebHost.UseTestServer();
        var app = Build(builder, simulator);
        await app.StartAsync();
        return new SimulatorHost(simulator, app, new Uri($"https://{simulator.Hosts[0]}/"));
    }

    /// <param name="port">0 picks a free port.</param>
    public static async Task<SimulatorHost> StartLoopbackAsync(ISimulator simulator, int port = 0)
    {
        var builder = CreateBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = Build(builder, simulator);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new SimulatorHost(simulator, app, new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/"));
    }

    /// <summary>A handler that reaches this simulator: TestServer's in-process one, or a socket handler to the loopback port.</summary>
    public HttpMessageHandler CreateHandler() =>
        _app.Services.GetRequiredService<IServer>() is TestServer server ? server.CreateHandler() : new SocketsHttpHandler();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static WebApplicationBuilder CreateBuilder()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        return builder;
    }

    private static WebApplication Build(WebApplicationBuilder builder, ISimulator simulator)
    {
        var app = builder.Build();
        app.UseRouting();
        app.UseFaultInjection(simulator);
        simulator.MapEndpoints(app);
        return app;
    }
}

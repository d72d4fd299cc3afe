using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SpotifySync.Sandbox;

namespace SpotifySync.Companion.Emulation;

/// <summary>
/// The emulator's HTTP transport with a sandbox: requests to the simulated services' host names go through
/// <see cref="SandboxApis.CreateHandler"/> to their loopback ports; any other address (the companion's webhook API
/// on loopback, in the demo) goes over the network as it is.
/// </summary>
public sealed class SandboxTransport : HttpMessageHandler
{
    private readonly HashSet<string> _sandboxHosts;
    private readonly HttpMessageInvoker _sandbox;
    private readonly HttpMessageInvoker _network = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

    public SandboxTransport(SandboxApis apis)
    {
        _sandboxHosts = apis.Spotify.Hosts.Concat(apis.Notion.Hosts).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _sandbox = new HttpMessageInvoker(apis.CreateHandler());
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        (request.RequestUri is { } uri && _sandboxHosts.Contains(uri.Host) ? _sandbox : _network).SendAsync(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sandbox.Dispose();
            _network.Dispose();
        }
        base.Dispose(disposing);
    }
}

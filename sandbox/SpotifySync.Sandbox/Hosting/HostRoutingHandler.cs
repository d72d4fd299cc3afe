using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace SpotifySync.Sandbox.Hosting;

/// <summary>
/// Sends each request to the in-process simulator that answers for its host, so that a client written
/// against the real addresses (<c>https://api.spotify.com/v1/me</c>) reaches the sandbox unchanged. A host
/// no simulator answers for fails as an unresolvable name does.
/// </summary>
public sealed class HostRoutingHandler : HttpMessageHandler
{
    private readonly Dictionary<string, HttpMessageInvoker> _byHost = new(StringComparer.OrdinalIgnoreCase);

    public HostRoutingHandler(IEnumerable<SimulatorHost> hosts)
    {
        foreach (var host in hosts)
        {
            var invoker = new HttpMessageInvoker(host.CreateHandler());
            foreach (var name in host.Simulator.Hosts)
            {
                _byHost.Add(name, invoker);
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.RequestUri?.Host ?? throw new ArgumentException("The request has no absolute address.", nameof(request));
        return _byHost.TryGetValue(host, out var invoker)
            ? invoker.SendAsync(request, cancellationToken)
            : throw new HttpRequestException(HttpRequestError.NameResolutionError, $"No such host is known. ({host}:{request.RequestUri.Port})",
                new SocketException((int)SocketError.HostNotFound));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var invoker in new HashSet<HttpMessageInvoker>(_byHost.Values))
            {
                invoker.Dispose();
            }
        }
        base.Dispose(disposing);
    }
}

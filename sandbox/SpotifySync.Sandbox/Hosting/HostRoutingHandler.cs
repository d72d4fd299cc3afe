using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace SpotifySync.Sandbox.Hosting;

/// <summary>
/// Sends each request to the simulator that answers for its host, so that a client written against the real
/// addresses (<c>https://api.spotify.com/v1/me</c>) reaches the sandbox unchanged: in-process straight into the
/// simulator's pipeline, on loopback with the address moved to the simulator's port. Other hosts a caller adds
/// (a test's stand-in for another service) get their requests unchanged. A host nobody answers for fails as an
/// unresolvable name does.
/// </summary>
public sealed class HostRoutingHandler : HttpMessageHandler
{
    private readonly Dictionary<string, (SimulatorHost? Host, HttpMessageInvoker Invoker)> _byHost = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="otherHosts">Further host names and the handlers that answer them; the caller keeps and disposes those handlers.</param>
    public HostRoutingHandler(IEnumerable<SimulatorHost> hosts, IReadOnlyDictionary<string, HttpMessageHandler>? otherHosts = null)
    {
        foreach (var host in hosts)
        {
            var invoker = new HttpMessageInvoker(host.CreateHandler());
            foreach (var name in host.Simulator.Hosts)
            {
                _byHost.Add(name, (host, invoker));
            }
        }
        foreach (var (name, handler) in otherHosts ?? new Dictionary<string, HttpMessageHandler>())
        {
            _byHost.Add(name, (null, new HttpMessageInvoker(handler, disposeHandler: false)));
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.RequestUri?.Host ?? throw new ArgumentException("The request has no absolute address.", nameof(request));
        if (!_byHost.TryGetValue(host, out var target))
        {
            throw new HttpRequestException(HttpRequestError.NameResolutionError, $"No such host is known. ({host}:{request.RequestUri.Port})",
                new SocketException((int)SocketError.HostNotFound));
        }
        if (target.Host is { IsInProcess: false })
        {
            var loopback = target.Host.BaseAddress;
            request.RequestUri = new UriBuilder(request.RequestUri) { Scheme = loopback.Scheme, Host = loopback.Host, Port = loopback.Port }.Uri;
        }
        return target.Invoker.SendAsync(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var invoker in _byHost.Values.Select(target => target.Invoker).Distinct())
            {
                invoker.Dispose();
            }
        }
        base.Dispose(disposing);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpotifySync.Companion.Ports;

/// <summary>
/// Turns a request to a service that cannot be reached (no connection, or a name that does not resolve) into a
/// <see cref="ServiceUnreachableException"/> naming the service and what to check, instead of the socket error and
/// its stack trace. It sits before <see cref="ApiRebasingHandler"/>, so it still sees the real service's address.
/// </summary>
public sealed class UnreachableServiceHandler : DelegatingHandler
{
    private readonly IReadOnlyList<Service> _services;

    public UnreachableServiceHandler(IEnumerable<Service> services, HttpMessageHandler inner)
        : base(inner)
    {
        _services = services.ToList();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var service = request.RequestUri is { } uri ? _services.FirstOrDefault(s => s.Origin.IsBaseOf(uri)) : null;
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception) when (service is not null && exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            var setting = service.MovedBy is { } moved ? $", and {moved.Setting}, which points it to {moved.Address}" : "";
            throw new ServiceUnreachableException($"{service.Name} could not be reached ({exception.Message}): check this machine's network connection{setting}; the next run tries again.", exception);
        }
    }

    /// <param name="Origin">The real service's origin, as the core's requests name it (<c>https://api.notion.com/</c>).</param>
    /// <param name="Name">What a person calls it: Notion, Spotify.</param>
    /// <param name="MovedBy">The setting that sends its requests elsewhere and where, when one does; it may be what is wrong.</param>
    public sealed record Service(Uri Origin, string Name, (string Setting, Uri Address)? MovedBy);
}

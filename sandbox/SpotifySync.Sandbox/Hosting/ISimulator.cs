using System.Collections.Generic;
using Microsoft.AspNetCore.Routing;
using SpotifySync.Sandbox.Faults;

namespace SpotifySync.Sandbox.Hosting;

/// <summary>
/// A simulated web API: its routes, the host names it answers for in-process, and the time, faults and
/// traffic log every request passes through. <see cref="SimulatorHost"/> serves it in-process or on loopback.
/// </summary>
public interface ISimulator : IFaultResponder
{
    /// <summary>For messages, e.g. "Spotify".</summary>
    string Name { get; }

    /// <summary>The real API's host names (e.g. <c>api.notion.com</c>) whose requests reach this simulator in-process.</summary>
    IReadOnlyList<string> Hosts { get; }

    SandboxTime Time { get; }

    FaultPlan Faults { get; }

    TrafficLog Traffic { get; }

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}

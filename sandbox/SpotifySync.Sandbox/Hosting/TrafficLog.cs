using System;
using System.Collections.Generic;
using System.Linq;

namespace SpotifySync.Sandbox.Hosting;

/// <summary>One request a simulator answered, as tests and benchmarks count them.</summary>
/// <param name="At">Simulated time the request arrived.</param>
/// <param name="Endpoint">Method and route template, e.g. <c>"GET /v1/me/tracks"</c>; the raw path when no route matched.</param>
/// <param name="Path">The request's path and query.</param>
/// <param name="Status">The status code sent, or 0 when the connection was dropped.</param>
/// <param name="Fault">The injected fault, if one was.</param>
public sealed record TrafficEntry(DateTimeOffset At, string Method, string Endpoint, string Path, int Status, TimeSpan Latency, Faults.FaultKind? Fault);

/// <summary>Every request a simulator answered, in arrival order.</summary>
public sealed class TrafficLog
{
    private readonly object _gate = new();
    private readonly List<TrafficEntry> _entries = [];

    public IReadOnlyList<TrafficEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return _entries.ToArray();
            }
        }
    }

    public int Count(string? endpoint = null)
    {
        lock (_gate)
        {
            return endpoint is null ? _entries.Count : _entries.Count(e => e.Endpoint == endpoint);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    internal void Add(TrafficEntry entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }
}

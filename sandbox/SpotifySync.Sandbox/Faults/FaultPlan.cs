using System;
using System.Collections.Generic;

namespace SpotifySync.Sandbox.Faults;

/// <summary>
/// The faults and latency a simulator injects, per endpoint. An endpoint is named by its method and route
/// template as the simulator maps it, e.g. <c>"POST /v1/pages"</c> or <c>"GET /v1/playlists/{id}/items"</c>;
/// <see cref="AnyEndpoint"/> matches every request. Draws come from one seeded stream, and requests are
/// drawn in the order they arrive, so a seed gives the same faults every run.
/// </summary>
public sealed class FaultPlan
{
    public const string AnyEndpoint = "*";

    private readonly object _gate = new();
    private readonly Random _random;
    private readonly List<Rule> _rules = [];
    private readonly Dictionary<string, LatencyModel> _latency = new(StringComparer.Ordinal);

    public FaultPlan(Random random) => _random = random ?? throw new ArgumentNullException(nameof(random));

    /// <summary>The next <paramref name="times"/> requests to <paramref name="endpoint"/> fail with <paramref name="fault"/>.</summary>
    public FaultPlan Next(string endpoint, Fault fault, int times = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        return Add(new Rule(Check(endpoint), fault ?? throw new ArgumentNullException(nameof(fault)), Probability: 1, Remaining: times));
    }

    /// <summary>Each request to <paramref name="endpoint"/> fails with <paramref name="fault"/> with the given probability.</summary>
    public FaultPlan Randomly(string endpoint, Fault fault, double probability)
    {
        if (probability is < 0 or > 1 || double.IsNaN(probability))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability lies between 0 and 1.");
        }
        return Add(new Rule(Check(endpoint), fault ?? throw new ArgumentNullException(nameof(fault)), probability, Remaining: null));
    }

    /// <summary>Responses from <paramref name="endpoint"/> take a latency drawn from <paramref name="model"/>; an exact endpoint wins over <see cref="AnyEndpoint"/>.</summary>
    public FaultPlan WithLatency(string endpoint, LatencyModel model)
    {
        lock (_gate)
        {
            _latency[Check(endpoint)] = model ?? throw new ArgumentNullException(nameof(model));
        }
        return this;
    }

    /// <summary>Removes every fault rule; latency stays.</summary>
    public void ClearFaults()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>The fault this request meets, if any: the first matching rule that fires, in the order rules were added.</summary>
    internal Fault? Draw(string endpoint)
    {
        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var rule = _rules[i];
                if (!rule.Matches(endpoint)) continue;
                if (rule.Remaining is { } remaining)
                {
                    _rules[i] = rule with { Remaining = remaining - 1 };
                    if (remaining == 1) _rules.RemoveAt(i);
                    return rule.Fault;
                }
                if (_random.NextDouble() < rule.Probability) return rule.Fault;
            }
            return null;
        }
    }

    internal TimeSpan DrawLatency(string endpoint)
    {
        lock (_gate)
        {
            var model = _latency.GetValueOrDefault(endpoint) ?? _latency.GetValueOrDefault(AnyEndpoint) ?? LatencyModel.None;
            return model.Sample(_random);
        }
    }

    private FaultPlan Add(Rule rule)
    {
        lock (_gate)
        {
            _rules.Add(rule);
        }
        return this;
    }

    private static string Check(string endpoint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        if (endpoint == AnyEndpoint) return endpoint;
        var parts = endpoint.Split(' ');
        if (parts.Length != 2 || !parts[1].StartsWith('/') || parts[0] != parts[0].ToUpperInvariant())
        {
            throw new ArgumentException($"An endpoint is \"METHOD /route/template\" (e.g. \"POST /v1/pages\") or \"{AnyEndpoint}\", not \"{endpoint}\".", nameof(endpoint));
        }
        return endpoint;
    }

    private sealed record Rule(string Endpoint, Fault Fault, double Probability, int? Remaining)
    {
        public bool Matches(string endpoint) => Endpoint == AnyEndpoint || Endpoint == endpoint;
    }
}

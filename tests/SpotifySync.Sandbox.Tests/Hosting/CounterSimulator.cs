using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Hosting;

namespace SpotifySync.Sandbox.Tests.Hosting;

/// <summary>
/// The smallest simulator that shows what the hosting does with a request: a counter whose increments are
/// committed work (so a fault after commit is visible), answering faults in a recognisable shape.
/// </summary>
internal sealed class CounterSimulator(SandboxTime time, string[]? hosts = null, int seed = 1) : ISimulator
{
    public int Value { get; private set; }

    public string Name => "Counter";

    public IReadOnlyList<string> Hosts { get; } = hosts ?? ["counter.example", "counter-alias.example"];

    public SandboxTime Time { get; } = time;

    public FaultPlan Faults { get; } = new(new SandboxRandom(seed).For("faults"));

    public TrafficLog Traffic { get; } = new();

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var counter = endpoints.MapGroup("/v1/counter");
        counter.MapGet("/", () => TypedResults.Ok(new { value = Value }));
        counter.MapPost("/{step:int}", (int step) => TypedResults.Ok(new { value = Value += step }));
    }

    public Task WriteFault(HttpContext context, Fault fault)
    {
        context.Response.StatusCode = fault.Kind == FaultKind.RateLimited ? 429 : 500;
        if (fault.RetryAfter is { } retryAfter) context.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString();
        return context.Response.WriteAsJsonAsync(new { fault = fault.Kind.ToString() });
    }

    public Task WriteFaultAfterCommit(HttpContext context, Fault fault, string committedBody)
    {
        context.Response.StatusCode = 503;
        return context.Response.WriteAsJsonAsync(new { fault = fault.Kind.ToString(), committed = committedBody });
    }
}

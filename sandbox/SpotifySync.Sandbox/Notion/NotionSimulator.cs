using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Hosting;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// The Notion API at <c>api.notion.com</c> as an integration sees it: databases and their data sources, queries,
/// pages, validation with Notion's messages, the per-integration rate budget, and injected faults in Notion's
/// error shapes. Its <see cref="Workspace"/> is the state tests set up and inspect. Endpoint names for the
/// <see cref="Faults"/> plan are e.g. <c>"POST /v1/pages"</c>, <c>"PATCH /v1/pages/{id}"</c>,
/// <c>"POST /v1/data_sources/{id}/query"</c>.
/// </summary>
public sealed class NotionSimulator : ISimulator
{
    private readonly NotionRateBudget _budget;
    private readonly NotionIds _requestIds;
    private readonly object _requestIdGate = new();

    public NotionSimulator(NotionSimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IntegrationTokens.Count == 0) throw new ArgumentException("At least one integration token is needed.", nameof(options));
        Time = options.Time;
        Faults = new FaultPlan(options.Random.For("notion-faults"));
        Workspace = new NotionWorkspace(options.IntegrationTokens, options.Time, options.Random);
        _budget = new NotionRateBudget(options.RequestsPerMinute);
        _requestIds = new NotionIds(options.Random.For("notion-request-ids"));
    }

    public string Name => "Notion";

    public IReadOnlyList<string> Hosts { get; } = ["api.notion.com"];

    public SandboxTime Time { get; }

    public FaultPlan Faults { get; }

    public TrafficLog Traffic { get; } = new();

    public NotionWorkspace Workspace { get; }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var gate = new NotionRequestGate(Workspace, _budget, Time, NewRequestId);
        var databases = new NotionDatabasesEndpoint(Workspace);
        var dataSources = new NotionDataSourcesEndpoint(Workspace, Time);
        var pages = new NotionPagesEndpoint(Workspace);
        var v1 = endpoints.MapGroup("/v1").AddEndpointFilter(gate);

        v1.MapGet("/databases/{id}", (HttpContext c, string id) => Json(databases.Retrieve(Caller(c), id)));
        v1.MapPost("/databases/{id}/query", async (HttpContext c, string id) =>
            Json(dataSources.QueryDatabase(Caller(c), id, await NotionRequestGate.Body(c), Only(c))));
        v1.MapGet("/data_sources/{id}", (HttpContext c, string id) => Json(dataSources.Retrieve(Caller(c), id)));
        v1.MapPatch("/data_sources/{id}", async (HttpContext c, string id) =>
            Json(dataSources.Update(Caller(c), id, await NotionRequestGate.Body(c))));
        v1.MapPost("/data_sources/{id}/query", async (HttpContext c, string id) =>
            Json(dataSources.Query(Caller(c), id, await NotionRequestGate.Body(c), Only(c))));
        // The explicit return type keeps this one-parameter lambda from binding as a RequestDelegate, which would skip the gate.
        v1.MapPost("/pages", async Task<IResult> (HttpContext c) => Json(pages.Create(Caller(c), await NotionRequestGate.Body(c))));
        v1.MapGet("/pages/{id}", (HttpContext c, string id) => Json(pages.Retrieve(Caller(c), id, Only(c))));
        v1.MapPatch("/pages/{id}", async (HttpContext c, string id) =>
            Json(pages.Update(Caller(c), id, await NotionRequestGate.Body(c))));

        // Any other path or method, once the caller is admitted, is a URL Notion does not serve.
        endpoints.MapFallback(IResult () => throw NotionError.InvalidRequestUrl()).AddEndpointFilter(gate);
    }

    public Task WriteFault(HttpContext context, Fault fault) =>
        NotionResponses.WriteError(context, NotionFaults.For(fault), NewRequestId());

    public Task WriteFaultAfterCommit(HttpContext context, Fault fault, string committedBody)
    {
        var created = HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals("/v1/pages", StringComparison.Ordinal);
        return NotionResponses.WriteError(context, NotionFaults.AfterCommit(committedBody, created), NewRequestId());
    }

    private static NotionCaller Caller(HttpContext context) => NotionRequestGate.Caller(context);

    private static IResult Json(System.Text.Json.Nodes.JsonObject body) =>
        Results.Content(body.ToJsonString(), "application/json; charset=utf-8");

    /// <summary><c>filter_properties</c>, repeated in the query string: the property ids (or names) a page response keeps.</summary>
    private static IReadOnlyCollection<string>? Only(HttpContext context)
    {
        var ids = context.Request.Query["filter_properties"];
        return ids.Count == 0 ? null : ids.Select(id => Uri.UnescapeDataString(id ?? "")).Concat(ids.Select(id => id ?? "")).ToHashSet(StringComparer.Ordinal);
    }

    private string NewRequestId()
    {
        lock (_requestIdGate)
        {
            return _requestIds.NewId();
        }
    }
}

using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SpotifySync.Companion.Json;
using SpotifySync.Companion.Locking;
using SpotifySync.Companion.Server.Answers;
using SpotifySync.Companion.Server.Requests;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Status;
using SpotifySync.Companion.Sync;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.Companion.Server;

/// <summary>
/// The webhook API (docs/architecture.md, "Webhooks, both directions signed"), mountable in any ASP.NET Core app once
/// <see cref="GasService"/> is registered (<see cref="GasServiceRegistration.AddGasService"/>): <c>POST /gas/trigger-sync</c>,
/// <c>POST /gas/webhook</c>, <c>GET /gas/status</c>, <c>POST /gas/config</c> (<see cref="ConfigRoute"/>) and the one
/// unsigned route, <c>GET /gas/health</c>. The group's <see cref="SignatureFilter"/> checks every request's signature
/// and reads its body into the route's record; the routes answer typed results, and refusals as problem details
/// (<see cref="GasProblems"/>).
/// </summary>
public static class GasEndpoints
{
    public static IEndpointRouteBuilder MapGasEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var gas = endpoints.MapGroup("/gas").AddEndpointFilter<SignatureFilter>();
        gas.MapGet("/health", Health).AllowUnsigned();
        gas.MapGet("/status", StatusAsync);
        gas.MapPost("/trigger-sync", TriggerSync);
        gas.MapPost("/webhook", Webhook);
        gas.MapPost("/config", ConfigRoute.HandleAsync);
        return endpoints;
    }

    private static JsonHttpResult<HealthAnswer> Health(GasService service) =>
        TypedResults.Json(new HealthAnswer("ok", CompanionVersion.Current, service.StartedAt, Math.Round((service.Time.GetUtcNow() - service.StartedAt).TotalSeconds, 1)), CompanionJson.Compact);

    private static async Task<JsonHttpResult<StatusReport>> StatusAsync(GasService service, CancellationToken cancellation)
    {
        var (next, scheduleError) = await service.Schedule.NextAsync(cancellation);
        var report = StatusReport.Build(service.State.Read(), SyncLock.Read(service.Configuration.LockFile), service.Configuration.MaxDownloadAttempts, next, scheduleError);
        return TypedResults.Json(report, CompanionJson.Compact);
    }

    /// <summary>Starts a run in the background: 202 with its id, 409 while a run (the server's or the cron job's) holds the lock.</summary>
    private static Results<JsonHttpResult<TriggerSyncAnswer>, ProblemHttpResult> TriggerSync(JsonBody<TriggerSyncRequest> body, GasService service)
    {
        var request = body.Value;
        if (RequestChecks.Of(request) is { Count: > 0 } problems) return GasProblems.Invalid(problems);
        var mode = request.Mode ?? (service.State.Read().Automation.SyncMode == SyncModes.Full ? SyncModes.Full : SyncModes.Incremental);
        var runId = service.Runs.TryStart(mode, RunTriggers.TriggerSync, out var heldBy);
        if (runId is null) return GasProblems.Busy($"A sync is running (run {heldBy?.RunId}, PID {heldBy?.Pid}, since {heldBy?.Since}); try again when it has finished.");
        return TypedResults.Json(new TriggerSyncAnswer(runId, mode), CompanionJson.Compact, statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>
    /// The sync core's notification that a run of Apps Script created pages (<see cref="CompanionNotification"/>,
    /// exactly as <c>CompanionNotifier</c> sends it): recorded, and when pages were created an incremental run starts
    /// to download them (202 with its id; 200 with the id of the run already holding the lock).
    /// </summary>
    private static Results<JsonHttpResult<WebhookAnswer>, ProblemHttpResult> Webhook(JsonBody<CompanionNotification> body, GasService service)
    {
        var notification = body.Value;
        if (RequestChecks.Of(notification) is { Count: > 0 } problems) return GasProblems.Invalid(problems);
        string? runId = null;
        LockHolder? heldBy = null;
        if (notification.Created > 0) runId = service.Runs.TryStart(SyncModes.Incremental, RunTriggers.Webhook, out heldBy);
        var receivedAt = service.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        service.State.Update(s => s.AddEvent(new WebhookEvent { Event = notification.Event, ReceivedAt = receivedAt, Created = notification.Created, RunId = runId }));
        service.Log.Information("Webhook event {Event} recorded{Run}", notification.Event, runId is null ? "" : $"; run {runId} started");
        return TypedResults.Json(new WebhookAnswer(true, runId, heldBy?.RunId), CompanionJson.Compact, statusCode: runId is null ? StatusCodes.Status200OK : StatusCodes.Status202Accepted);
    }
}

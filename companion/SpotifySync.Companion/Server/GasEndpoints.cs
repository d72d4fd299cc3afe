using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Threading;
using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SpotifySync.Companion.Automation;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Json;
using SpotifySync.Companion.Locking;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Status;
using SpotifySync.Companion.Sync;
using SpotifySync.Core.Sync;

namespace SpotifySync.Companion.Server;

/// <summary>
/// The webhook API (docs/architecture.md, "Webhooks"), mountable in any ASP.NET Core app once <see cref="GasService"/> is
/// registered (<see cref="GasServiceRegistration.AddGasService"/>): <c>POST /gas/trigger-sync</c>, <c>POST /gas/webhook</c>,
/// <c>GET /gas/status</c>, <c>POST /gas/config</c>, <c>GET /gas/health</c>. POST bodies are checked by
/// <see cref="GasRequest"/>; errors are <see cref="GasError"/>.
/// </summary>
public static class GasEndpoints
{
    /// <summary>The webhook event Apps Script sends when a sync added tracks: it starts an incremental run.</summary>
    public const string TracksAddedEvent = "tracks.added";

    public const int MaxEventNameLength = 100;

    public static IEndpointRouteBuilder MapGasEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var gas = endpoints.MapGroup("/gas");
        gas.MapPost("/trigger-sync", TriggerSync);
        gas.MapPost("/webhook", Webhook);
        gas.MapGet("/status", StatusAsync);
        gas.MapPost("/config", ConfigAsync);
        gas.MapGet("/health", (GasService service) => Results.Json(new
        {
            status = "ok",
            version = CompanionVersion.Current,
            startedAt = service.StartedAt,
            uptimeSeconds = Math.Round((service.Time.GetUtcNow() - service.StartedAt).TotalSeconds, 1),
        }, CompanionJson.Compact));
        return endpoints;
    }

    /// <summary><c>{"mode"?: "incremental" | "full"}</c>, by default the configured Sync Mode; 202 with the run id, 409 while a run holds the lock.</summary>
    private static async Task<IResult> TriggerSync(HttpContext context, GasService service)
    {
        var (request, error) = await GasRequest.ReadAsync(context, service.Configuration.WebhookSecret, service.Time);
        if (request is null) return error!;
        var fields = new BodyFields(request.Body, ["mode"]);
        var mode = fields.OneOf("mode", [SyncModes.Incremental, SyncModes.Full]);
        if (fields.Problem is { } problem) return GasError.Invalid(problem);
        if (!service.AcceptOnce(request)) return GasError.Unauthorized(GasService.ReplayRefusal);
        mode ??= service.State.Read().Automation.SyncMode == SyncModes.Full ? SyncModes.Full : SyncModes.Incremental;
        return Start(service, mode, RunTriggers.TriggerSync, runId => Results.Json(new { runId, mode }, CompanionJson.Compact, statusCode: StatusCodes.Status202Accepted));
    }

    /// <summary>
    /// <c>{"event": name, "data"?: any, "startRun"?: bool}</c>, or the sync core's notification that a run created
    /// pages (<c>CompanionNotifier</c>: <c>{"event": operation, "created": n, "ids": [Spotify IDs]}</c>): recorded;
    /// <see cref="TracksAddedEvent"/>, created pages or startRun also start an incremental run (202 with its id; 200
    /// with <c>runId</c> null when one is already running).
    /// </summary>
    private static async Task<IResult> Webhook(HttpContext context, GasService service)
    {
        var (request, error) = await GasRequest.ReadAsync(context, service.Configuration.WebhookSecret, service.Time);
        if (request is null) return error!;
        var fields = new BodyFields(request.Body, ["event", "data", "startRun", "created", "ids"]);
        var name = fields.Text("event", required: true, MaxEventNameLength);
        var created = fields.Count("created");
        fields.Texts("ids");
        var startRun = fields.Boolean("startRun") ?? (name == TracksAddedEvent || created > 0);
        if (fields.Problem is { } problem) return GasError.Invalid(problem);
        JsonElement? data = request.Body.TryGetProperty("data", out var value) ? value.Clone()
            : created is not null ? request.Body.Clone() : null;
        var now = service.Time.GetUtcNow();
        var webhookEvent = new WebhookEvent { Event = name!, ReceivedAt = now.ToString("O", CultureInfo.InvariantCulture), Data = data };
        if (!service.AcceptOnce(request)) return GasError.Unauthorized(GasService.ReplayRefusal);
        string? runId = null;
        string? running = null;
        if (startRun)
        {
            runId = service.Runs.TryStart(SyncModes.Incremental, RunTriggers.Webhook, out var heldBy);
            running = heldBy?.RunId;
        }
        webhookEvent.RunId = runId;
        service.State.Update(s => s.AddEvent(webhookEvent));
        service.Log.Information("Webhook event {Event} recorded{Run}", name, runId is null ? "" : $"; run {runId} started");
        return Results.Json(new { recorded = true, runId, running }, CompanionJson.Compact, statusCode: runId is null ? StatusCodes.Status200OK : StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> StatusAsync(GasService service, CancellationToken cancellation)
    {
        var (next, scheduleError) = await service.Schedule.NextAsync(cancellation);
        var report = StatusReport.Build(service.State.Read(), SyncLock.Read(service.Configuration.LockFile), service.Configuration.MaxDownloadAttempts, next, scheduleError);
        return Results.Json(report, CompanionJson.Compact);
    }

    /// <summary>
    /// <c>{"syncEnabled"?: bool, "syncMode"?: "incremental" | "full" | "manual", "cronActive"?: bool}</c>, at least one:
    /// persisted in the state file, and written to the configuration row when CONFIG_DB_ID is set.
    /// </summary>
    private static async Task<IResult> ConfigAsync(HttpContext context, GasService service)
    {
        var (request, error) = await GasRequest.ReadAsync(context, service.Configuration.WebhookSecret, service.Time);
        if (request is null) return error!;
        var fields = new BodyFields(request.Body, ["syncEnabled", "syncMode", "cronActive"]);
        var syncEnabled = fields.Boolean("syncEnabled");
        var syncMode = fields.OneOf("syncMode", [SyncModes.Incremental, SyncModes.Full, SyncModes.Manual]);
        var cronActive = fields.Boolean("cronActive");
        if (fields.Problem is null && syncEnabled is null && syncMode is null && cronActive is null)
        {
            return GasError.Invalid("Give at least one of syncEnabled, syncMode and cronActive.");
        }
        if (fields.Problem is { } problem) return GasError.Invalid(problem);
        if (!service.AcceptOnce(request)) return GasError.Unauthorized(GasService.ReplayRefusal);
        var now = service.Time.GetUtcNow();
        var settings = service.State.Update(s =>
        {
            s.Automation.SyncEnabled = syncEnabled ?? s.Automation.SyncEnabled;
            s.Automation.SyncMode = syncMode ?? s.Automation.SyncMode;
            s.Automation.CronActive = cronActive ?? s.Automation.CronActive;
            s.Automation.UpdatedAt = now.ToString("O", CultureInfo.InvariantCulture);
            return s.Automation;
        });
        var notion = await Task.Run(() => WriteConfigurationRow(service, syncEnabled, syncMode, cronActive, settings));
        service.Log.Information("Configuration changed: Sync Enabled {Enabled}, Sync Mode {Mode}, Cron Active {Cron}; Notion: {Notion}", settings.SyncEnabled, settings.SyncMode, settings.CronActive, notion);
        return Results.Json(new { automation = settings, notion }, CompanionJson.Compact);
    }

    /// <summary>
    /// Gives the configuration row the switches the request set, writing only those it lacks (the row is added when
    /// missing); says how that went ("not configured", "added ID", "updated ID", "unchanged ID", or the error).
    /// </summary>
    private static string WriteConfigurationRow(GasService service, bool? syncEnabled, string? syncMode, bool? cronActive, AutomationSettings settings)
    {
        var configuration = service.Configuration;
        if (!CompanionRow.IsConfigured(configuration)) return "not configured";
        try
        {
            using var notion = new NotionConnection(configuration, service.Time);
            return CompanionRow.For(configuration, notion, service.State, service.Time)!.Apply(syncEnabled, syncMode, cronActive, settings);
        }
        catch (Exception exception) when (CompanionRow.IsNotionFailure(exception))
        {
            service.Log.Warning("Writing the configuration row failed: {Error}", exception.Message);
            return $"failed: {exception.Message}";
        }
    }

    private static IResult Start(GasService service, string mode, string trigger, Func<string, IResult> started)
    {
        var runId = service.Runs.TryStart(mode, trigger, out var heldBy);
        if (runId is not null) return started(runId);
        return GasError.Busy($"A sync is running (run {heldBy?.RunId}, PID {heldBy?.Pid}, since {heldBy?.Since}); try again when it has finished.");
    }

    /// <summary>Reads a body's fields by type, collecting the first problem; unknown fields are a problem too.</summary>
    private sealed class BodyFields
    {
        private readonly JsonElement _body;

        public BodyFields(JsonElement body, IReadOnlyCollection<string> known)
        {
            _body = body;
            foreach (var property in body.EnumerateObject())
            {
                if (known.Contains(property.Name)) continue;
                Problem = $"'{property.Name}' is not a field of this request; the fields are {string.Join(", ", known)}.";
                break;
            }
        }

        public string? Problem { get; private set; }

        public string? Text(string name, bool required, int maxLength)
        {
            if (!_body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required) Fail($"'{name}' is required.");
                return null;
            }
            if (value.ValueKind != JsonValueKind.String) return Fail<string>($"'{name}' must be a string, not {Kind(value)}.");
            var text = value.GetString()!;
            if (text.Length == 0 || text.Length > maxLength) return Fail<string>($"'{name}' must have 1 to {maxLength} characters.");
            return text;
        }

        public string? OneOf(string name, IReadOnlyList<string> allowed)
        {
            var text = Text(name, required: false, 100);
            if (text is not null && !allowed.Contains(text)) return Fail<string>($"'{name}' must be one of {string.Join(", ", allowed)}, not '{text}'.");
            return text;
        }

        public bool? Boolean(string name)
        {
            if (!_body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
            Fail($"'{name}' must be true or false, not {Kind(value)}.");
            return null;
        }

        /// <summary>A whole number from 0, or null when absent.</summary>
        public int? Count(string name)
        {
            if (!_body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count) && count >= 0) return count;
            Fail($"'{name}' must be a whole number from 0, not {(value.ValueKind == JsonValueKind.Number ? value.GetRawText() : Kind(value))}.");
            return null;
        }

        /// <summary>Checks that the field, when present, is an array of strings.</summary>
        public void Texts(string name)
        {
            if (!_body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return;
            if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
            {
                Fail($"'{name}' must be an array of strings.");
            }
        }

        private T? Fail<T>(string problem)
            where T : class
        {
            Fail(problem);
            return null;
        }

        private void Fail(string problem) => Problem ??= problem;

        private static string Kind(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            _ => "null",
        };
    }
}

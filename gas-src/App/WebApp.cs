using System.Collections.Generic;
using AppsScript.Interop.Events;
using AppsScript.Interop.JavaScript;
using AppsScript.Interop.Services;
using Newtonsoft.Json;
using SpotifySync.AppsScript;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Timing;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.App;

/// <summary>
/// The web app: <c>GET</c> answers the sync's status as JSON; <c>POST</c> takes the companion's signed envelopes
/// (a web app cannot read request headers, so the signature travels in the body) and records what it reports.
/// Apps Script always answers 200, so an error is told in the JSON body.
/// </summary>
public static class WebApp
{
    /// <summary>Companion events kept: the newest, within one script property's 9 KB.</summary>
    public const int MaxEvents = 20;
    private const int MaxEventsJsonLength = 8000;

    public static TextOutput Get(DoGetEvent e)
    {
        var path = e.PathInfo ?? "";
        if (path != "" && path != "status")
        {
            Logger.Log($"doGet: no route /{path}.");
            return Json(new ErrorBody { Error = "not_found", Detail = $"No route /{path}; GET /exec or /exec/status for the sync's status." });
        }
        var store = new SyncStore(new ScriptPropertiesStore());
        var health = store.Health();
        var fullSync = store.FullSync();
        var status = new SyncStatus
        {
            Trigger = SyncTrigger.Status(),
            Watermark = store.Watermark()?.AddedAt,
            FullSyncPhase = fullSync?.Phase,
            FullSyncOffset = fullSync?.Offset,
            SpotifyBlockedUntil = store.SpotifyBlock()?.Until,
            FailuresInARow = health.FailuresInARow ?? 0,
            LastError = health.LastError,
            LastErrorAt = health.LastErrorAt,
            CompanionEvents = Events(),
        };
        Logger.Log($"doGet: status answered (watermark {status.Watermark ?? "none"}, {status.FailuresInARow} failure(s) in a row).");
        return Json(status);
    }

    public static TextOutput Post(DoPostEvent e)
    {
        var properties = new ScriptPropertiesStore();
        var check = new EnvelopeVerifier(new ScriptCrypto(), new ScriptClock(), properties, properties.Get(SettingNames.WebhookSecret))
            .Verify(e.PostData?.Contents ?? "");
        if (!check.Valid)
        {
            Logger.Log($"doPost: refused: {check.Error}: {check.Detail}");
            return Json(new ErrorBody { Error = check.Error ?? "invalid_envelope", Detail = check.Detail ?? "" });
        }
        var events = Events();
        events.Insert(0, new CompanionEvent { ReceivedAt = IsoTime.Format(new ScriptClock().UtcNow()), Payload = check.Payload });
        while (events.Count > MaxEvents || (events.Count > 1 && JsonConvert.SerializeObject(events).Length > MaxEventsJsonLength)) events.RemoveAt(events.Count - 1);
        properties.Set(StateKeys.CompanionEvents, JsonConvert.SerializeObject(events));
        Logger.Log($"doPost: recorded a companion event ({events.Count} kept).");
        return Json(new CompanionEventReceipt { Recorded = true, Kept = events.Count });
    }

    private static List<CompanionEvent> Events()
    {
        var stored = new ScriptPropertiesStore().Get(StateKeys.CompanionEvents);
        return stored is null ? new List<CompanionEvent>() : JsonConvert.DeserializeObject<List<CompanionEvent>>(stored) ?? new List<CompanionEvent>();
    }

    private static TextOutput Json(object body) => ContentService.CreateTextOutput(JSON.Stringify(body)).SetMimeType(ContentService.MimeType.JSON);
}

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
/// The web app: a signed <c>GET</c> answers the sync's status as JSON, an unsigned one only that the web app answers;
/// <c>POST</c> takes the companion's signed envelopes and records what it reports. A web app cannot read request
/// headers, so a GET's signature travels in its query (<see cref="SignedGetVerifier"/>) and a POST's in its body
/// (<see cref="EnvelopeVerifier"/>). Apps Script always answers 200, so an error is told in the JSON body.
/// </summary>
public static class WebApp
{
    /// <summary>Companion events kept: the newest, within one script property.</summary>
    public const int MaxEvents = 20;

    /// <summary>The kept events' JSON, in UTF-8 bytes: under the property's 9 KB, as a payload too big for it alone is refused.</summary>
    public const int MaxEventsBytes = 8000;

    public static TextOutput Get(DoGetEvent e)
    {
        var path = e.PathInfo ?? "";
        if (path != "" && path != "status")
        {
            Logger.Log($"doGet: no route /{path}.");
            return Json(new ErrorBody { Error = "not_found", Detail = $"No route /{path}; GET /exec or /exec/status for the sync's status." });
        }
        var timestamp = e.Parameter.GetValueOrDefault(WebhookSignature.TimestampParameter);
        var signature = e.Parameter.GetValueOrDefault(WebhookSignature.SignatureParameter);
        if (timestamp is null && signature is null)
        {
            Logger.Log("doGet: unsigned, answered that the web app runs (the status needs a signed request).");
            return Json(new WebAppHealth());
        }
        var refusal = new SignedGetVerifier(new ScriptCrypto(), new ScriptClock(), new ScriptPropertiesStore().Get(SettingNames.WebhookSecret)).Refusal(timestamp, signature, e.PathInfo);
        if (refusal is not null)
        {
            Logger.Log($"doGet: refused: {refusal.Error}: {refusal.Detail}");
            return Json(refusal);
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
        var receivedAt = IsoTime.Format(new ScriptClock().UtcNow());
        var check = new EnvelopeVerifier(new ScriptCrypto(), new ScriptClock(), properties, properties.Get(SettingNames.WebhookSecret))
            .Verify(e.PostData?.Contents ?? "", payload => TooLargeToKeep(new CompanionEvent { ReceivedAt = receivedAt, Payload = payload }));
        if (!check.Valid)
        {
            Logger.Log($"doPost: refused: {check.Error}: {check.Detail}");
            return Json(new ErrorBody { Error = check.Error ?? "invalid_envelope", Detail = check.Detail ?? "" });
        }
        var events = Events();
        events.Insert(0, new CompanionEvent { ReceivedAt = receivedAt, Payload = check.Payload });
        while (events.Count > MaxEvents || (events.Count > 1 && ScriptPropertiesStore.ValueBytes(JsonConvert.SerializeObject(events)) > MaxEventsBytes)) events.RemoveAt(events.Count - 1);
        properties.Set(StateKeys.CompanionEvents, JsonConvert.SerializeObject(events));
        Logger.Log($"doPost: recorded a companion event ({events.Count} kept).");
        return Json(new CompanionEventReceipt { Recorded = true, Kept = events.Count });
    }

    /// <summary>The refusal of an event that could not be kept even alone, whose property write would throw.</summary>
    private static ErrorBody? TooLargeToKeep(CompanionEvent companionEvent)
    {
        var bytes = ScriptPropertiesStore.ValueBytes(JsonConvert.SerializeObject(new List<CompanionEvent> { companionEvent }));
        if (bytes <= MaxEventsBytes) return null;
        return new ErrorBody { Error = "payload_too_large", Detail = $"The payload takes {bytes} bytes as kept, more than the {MaxEventsBytes} a script property holds for the events: send a shorter report." };
    }

    private static List<CompanionEvent> Events()
    {
        var stored = new ScriptPropertiesStore().Get(StateKeys.CompanionEvents);
        return stored is null ? new List<CompanionEvent>() : JsonConvert.DeserializeObject<List<CompanionEvent>>(stored) ?? new List<CompanionEvent>();
    }

    private static TextOutput Json(object body) => ContentService.CreateTextOutput(JSON.Stringify(body)).SetMimeType(ContentService.MimeType.JSON);
}

using System.Collections.Generic;
using AppsScript.Interop;
using Newtonsoft.Json;
using SpotifySync.Core.Scenarios.Running;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.Core.Scenarios.Scenarios;

/// <summary>
/// The signed webhooks between the script and the companion, both directions, each signed or checked by the
/// companion's own code on .NET: the envelopes <c>doPost</c> verifies, and the notification of new pages.
/// </summary>
[GlobalFunctions]
public static class WebhookScenarios
{
    /// <summary>An envelope the companion signed is accepted with its payload once; sent again it is refused as replayed.</summary>
    public static void ACompanionEnvelopeIsAcceptedOnceAndRefusedWhenReplayed()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        var secret = world.WebhookSecret();
        var payload = "{\"event\":\"downloaded\",\"id\":\"4iV5W9uYEdYUVa79Axb7Rh\"}";
        var envelope = world.CompanionEnvelope(payload, 30, secret);

        var accepted = Verifier(scenario, secret).Verify(envelope, AnyPayload);
        world.LetTimePass(60);
        var replayed = Verifier(scenario, secret).Verify(envelope, AnyPayload);
        var next = Verifier(scenario, secret).Verify(world.CompanionEnvelope("{\"event\":\"downloaded\",\"id\":\"2\"}", 0, secret), AnyPayload);

        Expect.True(accepted.Valid, $"the envelope to be accepted, not refused: {accepted.Error} {accepted.Detail}");
        Expect.Text(payload, accepted.Payload, "the payload accepted");
        Expect.True(!replayed.Valid, "the envelope sent again to be refused");
        Expect.Text("replayed", replayed.Error, "the error of the envelope sent again");
        Expect.True(next.Valid, $"a new envelope to be accepted, not refused: {next.Error} {next.Detail}");
    }

    /// <summary>An envelope signed with another secret, changed after signing, signed too long ago or not JSON is refused, each for its reason.</summary>
    public static void EnvelopesThatAreNotTheCompanionsAreRefusedEachForItsReason()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        var secret = world.WebhookSecret();
        var changed = JsonConvert.DeserializeObject<SignedEnvelope>(world.CompanionEnvelope("{\"created\":1}", 0, secret))!;
        changed.Payload = "{\"created\":2}";

        Expect.Text("bad_signature", Verifier(scenario, secret).Verify(world.CompanionEnvelope("{}", 0, "another-secret"), AnyPayload).Error, "the error for another secret");
        Expect.Text("bad_signature", Verifier(scenario, secret).Verify(JsonConvert.SerializeObject(changed), AnyPayload).Error, "the error for a payload changed after signing");
        Expect.Text("expired", Verifier(scenario, secret).Verify(world.CompanionEnvelope("{}", 301, secret), AnyPayload).Error, "the error for an envelope signed 301 s ago");
        Expect.Text("invalid_json", Verifier(scenario, secret).Verify("not json", AnyPayload).Error, "the error for a body that is not JSON");
        Expect.Text("not_configured", Verifier(scenario, null).Verify(world.CompanionEnvelope("{}", 0, secret), AnyPayload).Error, "the error without WEBHOOK_SECRET");
    }

    /// <summary>A run that created pages tells the companion which, signed so that the companion accepts it; a run that created none is silent.</summary>
    public static void TheCompanionIsNotifiedOfCreatedPagesWithASignatureItAccepts()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        scenario.WithCompanion();
        var liked = scenario.LikedTrackIds();

        scenario.SyncSavedTracks();
        scenario.SyncSavedTracks();

        var requests = world.CompanionRequests();
        Expect.Number(1, requests.Length, "the notifications");
        var request = requests[0];
        Expect.Text(world.CompanionUrl() + CompanionNotifier.WebhookPath, request.Url, "the notification's address");
        Expect.Text("POST", request.Method, "the notification's method");
        Expect.True(request.SignatureValid, $"the companion to accept the signature of timestamp {request.Timestamp}");
        Expect.Text(SavedTracksSync.Operation, request.Event, "the notification's event");
        Expect.Number(liked.Count, request.Created, "the pages the notification counts");
        Expect.SameSet(liked, request.Ids, "the Spotify IDs the notification names");
    }

    /// <summary>A companion that answers with an error never fails the sync: it finds new pages on its own schedule too.</summary>
    public static void ACompanionThatFailsNeverFailsTheSync()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        scenario.WithCompanion();
        world.CompanionAnswers(502);

        var result = scenario.SyncSavedTracks();

        Expect.Text(RunStatuses.Done, result.Status, "the run's status");
        Expect.Number(1, world.CompanionRequests().Length, "the notifications tried");
        Expect.Number(scenario.LikedTrackIds().Count, scenario.PagesBySpotifyId().Count, "the pages");
    }

    /// <summary>What <c>doPost</c> checks envelopes with, in a new execution.</summary>
    private static EnvelopeVerifier Verifier(Scenario scenario, string? secret)
    {
        var ports = scenario.Ports();
        return new EnvelopeVerifier(ports.Crypto, ports.Clock, ports.Store, secret);
    }

    /// <summary>The receiver takes any payload.</summary>
    private static ErrorBody? AnyPayload(string payload) => null;
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AppsScript.Emulator.Runtime;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Webhooks;
using SpotifySync.Gas.Tests.Support;
using SpotifySync.Tests.Security;
using Xunit;

namespace SpotifySync.Gas.Tests;

/// <summary>
/// What anyone with the web app's <c>/exec</c> URL could send it, sent to the emitted <c>doGet</c> and <c>doPost</c> under
/// the emulator: each probe of docs/security.md's web app table, with what came back, how many executions threw, and
/// whether any script property changed. The document must show exactly the table these probes give.
/// </summary>
public sealed class WebAppProbeTests
{
    private const string Secret = "a-shared-webhook-secret-of-some-length";

    [Fact]
    public async Task The_web_apps_probes_give_the_table_docs_security_md_shows_with_nothing_thrown_and_no_refused_request_changing_a_property()
    {
        await using var world = await SyncWorld.StartAsync();
        var properties = world.Cloud.Environment.ScriptProperties;
        properties.Set("WEBHOOK_SECRET", Secret);
        world.Run("initializeSpotifySync");
        // The one envelope accepted before the probes: its replay is probed.
        var accepted = Envelope(world, """{"event":"companion.run"}""", Now(world));
        Assert.Equal("recorded", Post(world, accepted).Answer);

        var rows = new List<ProbeTable.Row>();
        foreach (var (name, send) in Probes(accepted))
        {
            var before = properties.Snapshot();
            var answers = send(world);
            var after = properties.Snapshot();
            var changed = before.Count != after.Count || before.Any(p => !after.TryGetValue(p.Key, out var value) || value != p.Value);
            rows.Add(new ProbeTable.Row(name, answers.Select(a => a.Answer).ToList(), answers.Count(a => a.Threw), changed));
        }

        Assert.All(rows, row => Assert.Equal(0, row.Failures));
        Assert.All(rows, row => Assert.False(row.StateChanged, $"{row.Probe} changed a property"));
        Assert.Equal(ProbeTable.Render(rows, "uncaught exceptions"), ProbeTable.Documented(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Dist.Folder)!, "docs", "security.md"), "web app"));
    }

    private static IEnumerable<(string Name, Func<SyncWorld, List<(string Answer, bool Threw)>> Send)> Probes(string accepted)
    {
        yield return ("unsigned GET of /exec and /exec/status", world => [Get(world, null, null), Get(world, null, "status")]);
        yield return ("GET signed with another secret", world => [Get(world, SignedQuery(world, "status", "another-secret", Now(world)), "status")]);
        yield return ("GET signed 10 minutes ago, or 10 minutes ahead", world =>
            [Get(world, SignedQuery(world, "status", Secret, Now(world) - 600), "status"), Get(world, SignedQuery(world, "status", Secret, Now(world) + 600), "status")]);
        yield return ("GET signed for another path", world => [Get(world, SignedQuery(world, "status", Secret, Now(world)), null)]);
        yield return ("GET with a timestamp not Unix seconds, or a signature alone", world =>
            [Get(world, $"timestamp=soon&signature={new string('0', 64)}", "status"), Get(world, $"signature={new string('0', 64)}", "status")]);
        yield return ("GET of a path the web app does not have", world => [Get(world, SignedQuery(world, "secrets", Secret, Now(world)), "secrets")]);
        yield return ("a signed GET sent twice (a GET changes nothing)", world =>
        {
            var query = SignedQuery(world, "status", Secret, Now(world));
            return [Get(world, query, "status"), Get(world, query, "status")];
        });
        yield return ("malformed envelopes to doPost: not JSON, no object, fields missing or of the wrong type, numbers JavaScript cannot hold, " +
                      "nesting 10,000 deep, a signature of another payload, secret or time, a payload too big to keep", world =>
            MalformedEnvelopes.At(Now(world), Secret).Select(envelope => Post(world, envelope.Body)).ToList());
        yield return ("an accepted envelope sent again", world => [Post(world, accepted)]);
        yield return ("a signed GET and a signed envelope while WEBHOOK_SECRET is not set", world =>
        {
            var properties = world.Cloud.Environment.ScriptProperties;
            properties.Delete("WEBHOOK_SECRET");
            var answers = new List<(string, bool)> { Get(world, SignedQuery(world, "status", Secret, Now(world)), "status"), Post(world, Envelope(world, """{"event":"x"}""", Now(world))) };
            properties.Set("WEBHOOK_SECRET", Secret);
            return answers;
        });
    }

    private static long Now(SyncWorld world) => world.Cloud.Clock.GetUtcNow().ToUnixTimeSeconds();

    private static string SignedQuery(SyncWorld world, string pathInfo, string secret, long at) =>
        WebhookSignature.SignedQuery(new DotNetCrypto(), secret, WebhookSignature.WebAppRequestLine(pathInfo), at);

    private static string Envelope(SyncWorld world, string payload, long at) =>
        Newtonsoft.Json.JsonConvert.SerializeObject(WebhookSignature.Envelope(new DotNetCrypto(), Secret, payload, at));

    private static (string Answer, bool Threw) Get(SyncWorld world, string? query, string? pathInfo) =>
        Answer(world.Cloud.Environment.RunDoGet(world.Project, WebAppRequest.Get(query, pathInfo)));

    private static (string Answer, bool Threw) Post(SyncWorld world, string body) =>
        Answer(world.Cloud.Environment.RunDoPost(world.Project, WebAppRequest.Post(body, "application/json")));

    /// <summary>The error code of a refusal, <c>health line</c>, <c>status</c> or <c>recorded</c>; <c>uncaught exception</c> when the execution threw.</summary>
    private static (string Answer, bool Threw) Answer(ExecutionResult result)
    {
        if (!result.Succeeded || result.Output is null) return ("uncaught exception", true);
        var body = JsonNode.Parse(result.Output.Content)!.AsObject();
        if (body["error"] is { } error) return (error.GetValue<string>(), false);
        if (body.Count == 1 && body["status"]?.GetValue<string>() == "ok") return ("health line", false);
        return (body.ContainsKey("recorded") ? "recorded" : "status", false);
    }
}

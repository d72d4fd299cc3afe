using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AppsScript.Emulator.Runtime;
using SpotifySync.Gas.Tests.Support;
using Xunit;

namespace SpotifySync.Gas.Tests;

/// <summary>The emitted <c>doPost</c> under the emulator answers every malformed envelope with its JSON error, and throws for none.</summary>
public sealed class MalformedEnvelopeTests
{
    private const string Secret = "a-shared-webhook-secret-of-some-length";

    [Fact]
    public async Task Every_malformed_envelope_gets_the_JSON_error_answer_and_changes_no_property()
    {
        await using var world = await SyncWorld.StartAsync();
        world.Cloud.Environment.ScriptProperties.Set("WEBHOOK_SECRET", Secret);
        var before = world.Cloud.Environment.ScriptProperties.Snapshot();
        var envelopes = MalformedEnvelopes.At(world.Cloud.Clock.GetUtcNow().ToUnixTimeSeconds(), Secret);

        var failures = envelopes.Select(envelope =>
        {
            var result = world.Cloud.Environment.RunDoPost(world.Project, WebAppRequest.Post(envelope.Body, "application/json"));
            if (!result.Succeeded) return $"{envelope.Name}: doPost threw {result.Error}";
            if (result.Output is not { MimeType: "application/json" } output) return $"{envelope.Name}: answered {result.Output}";
            var error = JsonNode.Parse(output.Content)?["error"]?.GetValue<string>();
            return string.IsNullOrEmpty(error) ? $"{envelope.Name}: answered {output.Content}" : null;
        }).OfType<string>().ToList();

        Assert.True(envelopes.Count >= 30);
        Assert.Empty(failures);
        Assert.Equal(before, world.Cloud.Environment.ScriptProperties.Snapshot());
    }
}

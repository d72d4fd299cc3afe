using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SpotifySync.Companion.Demo;
using SpotifySync.Companion.Webhooks;
using SpotifySync.Gas.Tests.Support;
using Xunit;

namespace SpotifySync.Gas.Tests;

/// <summary>
/// The companion's real report client and serialiser posting to the emitted <c>doPost</c> under the emulator, over
/// loopback HTTP: the envelope carries its timestamp as a JSON string, which the script must read as a number.
/// </summary>
public sealed class CompanionEnvelopeTests
{
    private const string Secret = "a-shared-webhook-secret-of-the-person";

    [Fact]
    public async Task The_companions_envelope_is_accepted_and_its_remembered_signature_expires_after_its_window()
    {
        await using var world = await SyncWorld.StartAsync();
        world.Cloud.Environment.ScriptProperties.Set("WEBHOOK_SECRET", Secret);
        using var gate = new SemaphoreSlim(1);
        await using var webApp = await WebAppBridge.StartAsync(world.Cloud.Environment, world.Project, gate, _ => { });
        using var http = new HttpClient();
        var client = new GasWebAppClient(http, webApp.Url, Secret, world.Cloud.Clock);

        await client.SendAsync(new { @event = "downloads", downloaded = 2 }, CancellationToken.None);
        var first = Remembered(world).Single()!;
        var sentAt = world.Cloud.Clock.GetUtcNow().ToUnixTimeSeconds();

        world.Cloud.Clock.Advance(TimeSpan.FromMinutes(6));
        await client.SendAsync(new { @event = "downloads", downloaded = 1 }, CancellationToken.None);

        Assert.Equal(sentAt + 300, first["expires"]!.GetValue<long>());
        var remembered = Remembered(world);
        Assert.DoesNotContain(remembered, entry => entry!["signature"]!.GetValue<string>() == first["signature"]!.GetValue<string>());
        Assert.Single(remembered);
    }

    private static JsonArray Remembered(SyncWorld world) =>
        JsonNode.Parse(world.Cloud.Environment.ScriptProperties.Get("SPOTIFY_SYNC_STATE_WEBHOOK_SIGNATURES")!)!.AsArray();
}

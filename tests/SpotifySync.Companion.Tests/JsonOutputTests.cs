using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using SpotifySync.Companion.Api;
using SpotifySync.Companion.Commands;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>The JSON the companion writes shows <c>'</c>, <c>`</c> and <c>+</c> as themselves, not as <c>\u0027</c>, <c>\u0060</c>, <c>\u002B</c>.</summary>
public sealed class JsonOutputTests
{
    private const string Title = "Don't `Stop` + Go";

    [Fact]
    public async Task Problem_bodies_the_state_file_and_status_json_keep_quotes_backticks_and_plus_signs_as_they_are()
    {
        await using var sandbox = (await CompanionSandbox.StartAsync()).WithWebhookSecret();
        var port = LoopbackPorts.Free();
        sandbox.Set("SPOTIFY_SYNC_PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var serve = ToolProcess.Start(sandbox.Environment, "serve");
        if (await serve.ReadOutputLineAsync() is null) Assert.Fail($"serve exited before serving: {(await serve.WaitAsync()).Error}");
        using var http = new HttpClient();
        var client = new GasApiClient(http, new Uri($"http://127.0.0.1:{port}/"), CompanionSandbox.WebhookSecret, TimeProvider.System);

        // Sent escaped, as a client may send them: what the companion writes back is the characters themselves.
        var recorded = await client.PostAsync("gas/webhook", "{\"event\":\"Don\\u0027t `Stop` \\u002B Go\"}", default);
        var refused = await client.PostAsync("gas/webhook", """{"event":"played","isn't":1}""", default);
        serve.Interrupt();
        await serve.WaitAsync();

        Assert.Equal(200, recorded.Status);
        Assert.Equal(422, refused.Status);
        Assert.Contains("\"detail\":\"'isn't' is not a field of this request", refused.Body);
        Assert.Contains($"\"event\": \"{Title}\"", File.ReadAllText(sandbox.StateFile));
        var status = await ToolProcess.RunAsync(sandbox.Environment, "status", "--json");
        Assert.Equal(ExitCodes.Success, status.ExitCode);
        Assert.Contains($"\"event\": \"{Title}\"", status.Output);
        Assert.DoesNotContain("\\u00", status.Output);
    }
}

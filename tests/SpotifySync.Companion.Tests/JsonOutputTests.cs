using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using SpotifySync.Companion.Commands;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>The JSON the companion writes shows <c>'</c>, <c>`</c> and <c>+</c> as themselves, not as <c>\u0027</c>, <c>\u0060</c>, <c>\u002B</c>.</summary>
public sealed class JsonOutputTests
{
    private const string Title = "Don't `Stop` + Go";

    [Fact]
    public async Task Error_bodies_the_state_file_and_status_json_keep_quotes_backticks_and_plus_signs_as_they_are()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var port = LoopbackPorts.Free();
        sandbox.Set("SPOTIFY_SYNC_PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var serve = ToolProcess.Start(sandbox.Environment, "serve");
        if (await serve.ReadOutputLineAsync() is null) Assert.Fail($"serve exited before serving: {(await serve.WaitAsync()).Error}");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        // Sent escaped, as a client may send them: what the companion writes back is the characters themselves.
        using var recorded = await http.PostAsync("/gas/webhook", Json("{\"event\":\"played\",\"data\":{\"title\":\"Don\\u0027t `Stop` \\u002B Go\"}}"));
        using var refused = await http.PostAsync("/gas/webhook", Json("""{"event":"played","isn't":1}"""));
        serve.Interrupt();
        await serve.WaitAsync();

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("\"detail\":\"'isn't' is not a field of this request", await refused.Content.ReadAsStringAsync());
        Assert.Contains($"\"title\": \"{Title}\"", File.ReadAllText(sandbox.StateFile));
        var status = await ToolProcess.RunAsync(sandbox.Environment, "status", "--json");
        Assert.Equal(ExitCodes.Success, status.ExitCode);
        Assert.Contains($"\"title\": \"{Title}\"", status.Output);
        Assert.DoesNotContain("\\u00", status.Output);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}

using System;
using System.IO;
using System.Threading.Tasks;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Webhooks;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary><c>gas run</c> of functions Apps Script calls with an event object: the web app's doGet and doPost, a callback.</summary>
public sealed class GasRunEventTests
{
    [Theory]
    [InlineData("doGet", "doGet(e) is the web app's GET handler")]
    [InlineData("doPost", "doPost(e) is the web app's POST handler")]
    public async Task A_web_app_handler_without_an_event_says_it_needs_one_and_how_to_give_it_and_runs_nothing(string function, string message)
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        var (exitCode, output, error) = await ToolProcess.RunAsync(sandbox.Environment, "gas", "run", function, "--dist", RepositoryDist.Folder(), "--sandbox");

        Assert.Equal(ExitCodes.Configuration, exitCode);
        Assert.Contains(message, error);
        Assert.Contains("--event '{", error);
        Assert.Contains("--event-file FILE", error);
        Assert.DoesNotContain("logs:", output);
    }

    [Fact]
    public async Task DoGet_runs_with_the_event_given_and_prints_the_web_apps_answer()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var file = Path.Combine(sandbox.Root, "event.json");
        File.WriteAllText(file, """{"parameter": {}, "pathInfo": "nowhere"}""");

        sandbox.Set("WEBHOOK_SECRET", "gas-run-webhook-secret");
        var signed = System.Web.HttpUtility.ParseQueryString(WebhookSignature.SignedQuery(new DotNetCrypto(), "gas-run-webhook-secret", WebhookSignature.WebAppRequestLine("status"), DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

        var unsigned = await ToolProcess.RunAsync(sandbox.Environment, "gas", "run", "doGet", "--dist", RepositoryDist.Folder(), "--sandbox", "--event", """{"parameter": {}, "pathInfo": "status"}""");
        var status = await ToolProcess.RunAsync(sandbox.Environment, "gas", "run", "doGet", "--dist", RepositoryDist.Folder(), "--sandbox", "--event",
            $$"""{"parameter": {"timestamp": "{{signed["timestamp"]}}", "signature": "{{signed["signature"]}}"}, "pathInfo": "status"}""");
        var unknown = await ToolProcess.RunAsync(sandbox.Environment, "gas", "run", "doGet", "--dist", RepositoryDist.Folder(), "--sandbox", "--event-file", file);

        Assert.True(unsigned.ExitCode == ExitCodes.Success, $"exit {unsigned.ExitCode}: {unsigned.Error}");
        Assert.Contains("\"status\": \"ok\"", unsigned.Output);
        Assert.DoesNotContain("companionEvents", unsigned.Output);
        Assert.True(status.ExitCode == ExitCodes.Success, $"exit {status.ExitCode}: {status.Error}");
        Assert.Contains("doGet: status answered", status.Output);
        Assert.Contains("web app output (application/json):", status.Output);
        Assert.Contains("\"companionEvents\": []", status.Output);
        Assert.True(unknown.ExitCode == ExitCodes.Success, $"exit {unknown.ExitCode}: {unknown.Error}");
        Assert.Contains("\"error\": \"not_found\"", unknown.Output);
    }

    [Fact]
    public async Task A_function_that_fails_reading_the_event_it_was_not_given_is_told_how_to_give_one()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        var (exitCode, _, error) = await ToolProcess.RunAsync(sandbox.Environment, "gas", "run", "authCallback", "--dist", RepositoryDist.Folder(), "--sandbox");

        Assert.Equal(ExitCodes.ScriptFailed, exitCode);
        Assert.Contains("authCallback failed: TypeError: Cannot read properties of undefined (reading 'parameter')", error);
        Assert.Contains("authCallback(request) was run without request", error);
        Assert.Contains("--event '{", error);
    }

    [Theory]
    [InlineData("--event", "[1]", "--event is not a JSON object")]
    [InlineData("--event", "{", "--event is not JSON")]
    [InlineData("--event-file", "/no/such/event.json", "--event-file /no/such/event.json cannot be read")]
    public async Task A_bad_event_exits_3_naming_the_option(string option, string value, string message)
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        var (exitCode, _, error) = await ToolProcess.RunAsync(sandbox.Environment, "gas", "run", "doGet", "--dist", RepositoryDist.Folder(), option, value);

        Assert.Equal(ExitCodes.Configuration, exitCode);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task An_event_and_arguments_together_exit_3()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        var (exitCode, _, error) = await ToolProcess.RunAsync(sandbox.Environment, "gas", "run", "doGet", "--dist", RepositoryDist.Folder(), "--event", "{}", "--args", "[]");

        Assert.Equal(ExitCodes.Configuration, exitCode);
        Assert.Contains("one of --args, --event and --event-file", error);
    }
}

using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Webhooks;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>The run's report to the Apps Script web app, received by a stand-in doPost on loopback.</summary>
public sealed class GasReportTests
{
    private const string Secret = "report-secret";

    [Fact]
    public async Task A_run_posts_a_signed_envelope_with_its_record_to_the_web_app()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var received = new ConcurrentQueue<string>();
        await using var webApp = await StartWebAppAsync(received, HttpStatusCode.OK);
        sandbox.Set("WEBHOOK_SECRET", Secret);
        sandbox.Set("SPOTIFY_SYNC_GAS_WEBAPP_URL", webApp.Urls.First() + "/macros/s/test/exec");
        sandbox.AddTrack("Midnight City", "M83", 244);

        var result = await SyncRuns.RunAsync(sandbox);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var envelope = JsonDocument.Parse(Assert.Single(received));
        var timestamp = envelope.RootElement.GetProperty("timestamp").GetInt64();
        var payload = envelope.RootElement.GetProperty("payload").GetString()!;
        Assert.Equal(WebhookSignature.Sign(new DotNetCrypto(), Secret, timestamp, payload), envelope.RootElement.GetProperty("signature").GetString());
        Assert.Equal(SignatureVerdict.Valid, WebhookSignature.Check(new DotNetCrypto(), Secret, timestamp, envelope.RootElement.GetProperty("signature").GetString(), payload, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        using var report = JsonDocument.Parse(payload);
        Assert.Equal("companion.run", report.RootElement.GetProperty("event").GetString());
        var run = report.RootElement.GetProperty("run");
        Assert.Equal(result.Run!.RunId, run.GetProperty("runId").GetString());
        Assert.Equal(1, run.GetProperty("downloaded").GetInt32());
        Assert.Equal(RunOutcomes.Succeeded, run.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_web_app_that_fails_makes_the_run_complete_with_errors()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        await using var webApp = await StartWebAppAsync(new ConcurrentQueue<string>(), HttpStatusCode.InternalServerError);
        sandbox.Set("WEBHOOK_SECRET", Secret);
        sandbox.Set("SPOTIFY_SYNC_GAS_WEBAPP_URL", webApp.Urls.First() + "/exec");
        sandbox.AddTrack("Midnight City", "M83", 244);

        var result = await SyncRuns.RunAsync(sandbox);

        Assert.Equal(ExitCodes.CompletedWithErrors, result.ExitCode);
        Assert.Contains("Reporting to Apps Script failed: The Apps Script web app answered 500", sandbox.State.Read().Runs[0].Errors.Single());
    }

    [Fact]
    public async Task An_idle_run_reports_nothing_and_a_failed_one_reports_its_error()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var received = new ConcurrentQueue<string>();
        await using var webApp = await StartWebAppAsync(received, HttpStatusCode.OK);
        sandbox.Set("WEBHOOK_SECRET", Secret);
        sandbox.Set("SPOTIFY_SYNC_GAS_WEBAPP_URL", webApp.Urls.First() + "/exec");

        var idle = await SyncRuns.RunAsync(sandbox);

        Assert.Equal((ExitCodes.Success, RunOutcomes.Succeeded), (idle.ExitCode, idle.Run!.Outcome));
        Assert.Empty(received);

        sandbox.Set("SPOTIFY_SYNC_YTDLP", "/nonexistent/yt-dlp");
        sandbox.AddTrack("Midnight City", "M83", 244);
        var failed = await SyncRuns.RunAsync(sandbox);

        Assert.Equal(RunOutcomes.Failed, failed.Run!.Outcome);
        using var envelope = JsonDocument.Parse(Assert.Single(received));
        using var report = JsonDocument.Parse(envelope.RootElement.GetProperty("payload").GetString()!);
        Assert.Equal(RunOutcomes.Failed, report.RootElement.GetProperty("run").GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData("""{"error":"bad_signature","detail":"The signature does not match: the companion and the script must share the same WEBHOOK_SECRET."}""",
        "Reporting to Apps Script failed: The Apps Script web app refused the report: bad_signature: The signature does not match: the companion and the script must share the same WEBHOOK_SECRET.")]
    [InlineData("""{"error":"replayed","detail":"This envelope was accepted before; a replay is refused."}""",
        "Reporting to Apps Script failed: The Apps Script web app refused the report: replayed: This envelope was accepted before; a replay is refused.")]
    [InlineData("<!DOCTYPE html>\n<html><title>Sign in - Google Accounts</title>",
        "Reporting to Apps Script failed: The Apps Script web app did not answer with doPost's JSON (it began: <!DOCTYPE html> <html><title>Sign in - Google Accounts</title>): check SPOTIFY_SYNC_GAS_WEBAPP_URL is the web app's /exec URL and the deployment's access is Anyone.")]
    public async Task A_web_app_that_refuses_the_report_with_HTTP_200_makes_the_run_complete_with_errors(string answer, string error)
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var received = new ConcurrentQueue<string>();
        // Apps Script web apps cannot set a status: doPost answers a refusal with 200 and {error, detail}.
        await using var webApp = await StartWebAppAsync(received, HttpStatusCode.OK, answer);
        sandbox.Set("WEBHOOK_SECRET", Secret);
        sandbox.Set("SPOTIFY_SYNC_GAS_WEBAPP_URL", webApp.Urls.First() + "/exec");
        sandbox.AddTrack("Midnight City", "M83", 244);

        var result = await SyncRuns.RunAsync(sandbox);

        Assert.Single(received);
        Assert.Equal(ExitCodes.CompletedWithErrors, result.ExitCode);
        var run = sandbox.State.Read().Runs[0];
        Assert.Equal((RunOutcomes.CompletedWithErrors, 1, ExitCodes.CompletedWithErrors), (run.Outcome, run.Downloaded, run.ExitCode));
        Assert.Equal(error, run.Errors.Single());
    }

    [Fact]
    public async Task A_web_app_URL_without_a_secret_is_a_configuration_error()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("SPOTIFY_SYNC_GAS_WEBAPP_URL", "https://script.google.com/macros/s/x/exec");
        var exception = Assert.Throws<ConfigurationException>(sandbox.Configuration);
        Assert.Contains("SPOTIFY_SYNC_GAS_WEBAPP_URL is set but WEBHOOK_SECRET is not", exception.Message);
    }

    /// <summary>A stand-in doPost that records what it receives and answers <paramref name="answer"/> (doPost's receipt by default).</summary>
    private static async Task<WebApplication> StartWebAppAsync(ConcurrentQueue<string> received, HttpStatusCode status, string answer = """{"recorded":true,"kept":1}""")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            received.Enqueue(await new StreamReader(context.Request.Body).ReadToEndAsync());
            return Results.Text(answer, "application/json", statusCode: (int)status);
        });
        await app.StartAsync();
        return app;
    }
}

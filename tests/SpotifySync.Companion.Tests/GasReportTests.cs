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
using SpotifySync.Companion.Webhooks;
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
        var timestamp = envelope.RootElement.GetProperty("timestamp").GetString()!;
        var payload = envelope.RootElement.GetProperty("payload").GetString()!;
        Assert.Equal(WebhookSignature.Sign(Secret, timestamp, payload), envelope.RootElement.GetProperty("signature").GetString());
        Assert.Equal(SignatureCheck.Valid, WebhookSignature.Verify(Secret, timestamp, envelope.RootElement.GetProperty("signature").GetString(), payload, DateTimeOffset.UtcNow));
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

        var result = await SyncRuns.RunAsync(sandbox);

        Assert.Equal(ExitCodes.CompletedWithErrors, result.ExitCode);
        Assert.Contains("Reporting to Apps Script failed: The Apps Script web app answered 500", sandbox.State.Read().Runs[0].Errors.Single());
    }

    [Fact]
    public async Task A_web_app_URL_without_a_secret_is_a_configuration_error()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("SPOTIFY_SYNC_GAS_WEBAPP_URL", "https://script.google.com/macros/s/x/exec");
        var exception = Assert.Throws<ConfigurationException>(sandbox.Configuration);
        Assert.Contains("SPOTIFY_SYNC_GAS_WEBAPP_URL is set but WEBHOOK_SECRET is not", exception.Message);
    }

    private static async Task<WebApplication> StartWebAppAsync(ConcurrentQueue<string> received, HttpStatusCode status)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            received.Enqueue(await new StreamReader(context.Request.Body).ReadToEndAsync());
            return Results.Text("{\"ok\":true}", "application/json", statusCode: (int)status);
        });
        await app.StartAsync();
        return app;
    }
}

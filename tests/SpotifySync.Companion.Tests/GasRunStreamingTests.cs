using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SpotifySync.Companion.Commands;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary><c>gas run</c> as a child process prints the execution's log lines as they are written, not when it ends.</summary>
public sealed class GasRunStreamingTests
{
    /// <summary>Bounds a wait that only a missing line could make endless; nothing here depends on how fast the run is.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_log_line_is_read_from_the_output_while_the_execution_waits_on_a_request_the_test_holds()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var notified = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var companion = await StartCompanionAsync(notified, release);
        sandbox.Set("COMPANION_URL", companion.Urls.Single());
        sandbox.Set("WEBHOOK_SECRET", "the-streaming-tests-webhook-secret");

        using var tool = ToolProcess.Start(sandbox.Environment, "gas", "run", "syncSpotifyToNotion", "--dist", RepositoryDist.Folder(), "--sandbox", "--sandbox-liked", "3");
        // The script logs its summary, then notifies the companion and waits for the answer, which is held until the test has read the line.
        await notified.Task.WaitAsync(Hang);
        var before = new List<string>();
        string? summary;
        while ((summary = await tool.ReadOutputLineAsync().WaitAsync(Hang)) is not null && !summary.Contains("syncSpotifyToNotion: done", StringComparison.Ordinal)) before.Add(summary);
        release.SetResult();
        var (exitCode, output, error) = await tool.WaitAsync().WaitAsync(Hang);

        Assert.NotNull(summary);
        Assert.Contains("logs:", before);
        Assert.DoesNotContain(before, line => line.StartsWith("return value:", StringComparison.Ordinal) || line.StartsWith("duration:", StringComparison.Ordinal));
        Assert.True(exitCode == ExitCodes.Success, $"exit {exitCode}: {error}\n{output}");
        Assert.True(output.IndexOf(summary, StringComparison.Ordinal) < output.IndexOf("return value:", StringComparison.Ordinal));
    }

    /// <summary>A companion webhook that signals the notification's arrival and answers only once released.</summary>
    private static async Task<WebApplication> StartCompanionAsync(TaskCompletionSource notified, TaskCompletionSource release)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/gas/webhook", async () =>
        {
            notified.TrySetResult();
            await release.Task;
            return Results.Json(new { recorded = true, runId = (string?)null, running = false });
        });
        await app.StartAsync();
        return app;
    }
}

using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Serilog;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Webhooks;

/// <summary>
/// Sends a run's record to the Apps Script web app (SPOTIFY_SYNC_GAS_WEBAPP_URL) when one is configured, if the run
/// did something or ended with errors. An idle run, most cron runs, sends nothing: every report is an execution of
/// <c>doPost</c> and a write to the script's properties, and the script keeps only the last few.
/// </summary>
public sealed class RunReporter(CompanionConfiguration configuration, ILogger log, TimeProvider time)
{
    /// <summary>The error of a report that failed, or null when it was sent or not needed.</summary>
    public async Task<string?> ReportAsync(RunRecord run, CancellationToken cancellation)
    {
        if (configuration.GasWebAppUrl is not { } url || configuration.WebhookSecret is not { } secret) return null;
        if (!run.DidSomething() && run.Errors.Count == 0 && run.Outcome != RunOutcomes.Failed) return null;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            await new GasWebAppClient(http, url, secret, time).SendAsync(new { @event = "companion.run", run }, cancellation);
            log.Information("Reported run {RunId} to Apps Script", run.RunId);
            return null;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            log.Warning("Reporting run {RunId} to Apps Script failed: {Error}", run.RunId, exception.Message);
            return $"Reporting to Apps Script failed: {exception.Message}";
        }
    }
}

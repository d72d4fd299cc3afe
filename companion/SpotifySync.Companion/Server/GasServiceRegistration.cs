using System;
using Microsoft.Extensions.DependencyInjection;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Cron;
using SpotifySync.Companion.Downloads;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Status;
using SpotifySync.Companion.Sync;

namespace SpotifySync.Companion.Server;

/// <summary>
/// Registers what <see cref="GasEndpoints.MapGasEndpoints"/> needs. The <see cref="RunCoordinator"/> is made by the
/// container, so the host disposes it when it stops: a run still going is cancelled and awaited, in any app.
/// </summary>
public static class GasServiceRegistration
{
    /// <param name="downloader">What downloads the tracks; yt-dlp as configured when null.</param>
    /// <param name="time">The time the runs and signatures go by; the system's when null (the demo shares its script's clock).</param>
    /// <exception cref="ConfigurationException">WEBHOOK_SECRET is not set: the routes would have nothing to check signatures with.</exception>
    public static IServiceCollection AddGasService(this IServiceCollection services, CompanionConfiguration configuration, Serilog.ILogger log, IDownloader? downloader = null, TimeProvider? time = null)
    {
        configuration.RequireWebhookSecret();
        var state = new StateStore(configuration.StateFile);
        time ??= TimeProvider.System;
        services.AddSingleton(_ => new RunCoordinator(new SyncRunner(configuration, state, log, time) { LibrarySync = CoreLibrarySync.For(configuration, log, new SystemClock(time), null), Downloader = downloader }, time, log));
        services.AddSingleton(provider => new GasService(configuration, state, provider.GetRequiredService<RunCoordinator>(), new ScheduleReader(new CrontabProgram(configuration.Crontab, configuration.Environment), time), time, log));
        services.AddHostedService<GasServiceStart>();
        return services;
    }
}

using System;
using Microsoft.Extensions.DependencyInjection;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Cron;
using SpotifySync.Companion.Downloads;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Status;
using SpotifySync.Companion.Sync;

namespace SpotifySync.Companion.Server;

/// <summary>Registers what <see cref="GasEndpoints.MapGasEndpoints"/> needs.</summary>
public static class GasServiceRegistration
{
    /// <param name="downloader">What downloads the tracks; yt-dlp as configured when null.</param>
    public static IServiceCollection AddGasService(this IServiceCollection services, CompanionConfiguration configuration, Serilog.ILogger log, IDownloader? downloader = null)
    {
        var state = new StateStore(configuration.StateFile);
        var time = TimeProvider.System;
        var runs = new RunCoordinator(new SyncRunner(configuration, state, log, time) { LibrarySync = CoreLibrarySync.For(configuration, log, time, null), Downloader = downloader }, time, log);
        services.AddSingleton(runs);
        services.AddSingleton(new GasService(configuration, state, runs, new ScheduleReader(new CrontabProgram(configuration.Crontab, configuration.Environment), time), time, log));
        return services;
    }
}

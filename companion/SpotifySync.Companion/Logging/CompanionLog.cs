using System.IO;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Logging;

/// <summary>
/// The companion's log files, in <c>logs/</c> of SPOTIFY_SYNC_HOME, secrets masked: <c>sync.log</c> for the runs of
/// <c>spotify-sync sync</c>, and <c>webhook_server.log</c> for <c>serve</c>: its requests and the runs it starts
/// (trigger-sync, webhooks), which get the server's logger. At 10 MB a file is closed and the log goes on in
/// <c>sync_001.log</c> (<c>webhook_server_001.log</c>), …; the last 14 files of each are kept. The folder and the files
/// are private (<see cref="PrivateFiles"/>, <see cref="PrivateLogFiles"/>): the logs name tracks, runs and errors.
/// </summary>
public static class CompanionLog
{
    public const string SyncLog = "sync.log";
    public const string ServerLog = "webhook_server.log";

    public const long FileSizeLimitBytes = 10 * 1024 * 1024;
    public const int RetainedFiles = 14;

    public static Logger Create(CompanionConfiguration configuration, string fileName)
    {
        var path = Path.Combine(configuration.LogsDir, fileName);
        // Made before the sink, which would make a missing folder with the process's umask.
        PrivateFiles.CreateFolder(configuration.LogsDir);
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting", Serilog.Events.LogEventLevel.Warning);
        var sink = LoggerSinkConfiguration.Wrap(inner => new SecretRedactingSink(new PrivateLogFiles(inner, path), configuration.Secrets), wrapped => wrapped.File(
            path,
            outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj}{NewLine}{Exception}",
            fileSizeLimitBytes: FileSizeLimitBytes,
            rollOnFileSizeLimit: true,
            retainedFileCountLimit: RetainedFiles,
            // Two processes may write one file at once: a sync that finds the lock held says so while the holder runs.
            shared: true));
        return logger.WriteTo.Sink(sink).CreateLogger();
    }
}

using System.IO;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using SpotifySync.Companion.Configuration;

namespace SpotifySync.Companion.Logging;

/// <summary>
/// The companion's log files, in <c>logs/</c> of SPOTIFY_SYNC_HOME: <c>sync.log</c> for runs and
/// <c>webhook_server.log</c> for the server, secrets masked. At 10 MB a file is closed and the log goes on in
/// <c>sync_001.log</c>, <c>sync_002.log</c>, …; the last 14 files are kept.
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
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting", Serilog.Events.LogEventLevel.Warning);
        var sink = LoggerSinkConfiguration.Wrap(inner => new SecretRedactingSink(inner, configuration.Secrets), wrapped => wrapped.File(
            path,
            outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj}{NewLine}{Exception}",
            fileSizeLimitBytes: FileSizeLimitBytes,
            rollOnFileSizeLimit: true,
            retainedFileCountLimit: RetainedFiles,
            // The cron job and the server may write at the same time (the server's runs log to sync.log too).
            shared: true));
        return logger.WriteTo.Sink(sink).CreateLogger();
    }
}

using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using CliWrap;
using CliWrap.Buffered;
using SpotifySync.Companion.Configuration;

namespace SpotifySync.Companion.Cron;

/// <summary>
/// The user's crontab through the <c>crontab</c> program (SPOTIFY_SYNC_CRONTAB): <c>crontab -l</c> reads it (a user
/// without one gets "no crontab for …" and exit 1, which reads as empty) and <c>crontab -</c> replaces it from
/// standard input.
/// </summary>
public sealed class CrontabProgram(string program, IReadOnlyDictionary<string, string?> environment)
{
    public async Task<string> ReadAsync(CancellationToken cancellation)
    {
        var result = await RunAsync(["-l"], null, cancellation);
        if (result.ExitCode == 0) return result.StandardOutput;
        if (result.StandardError.Contains("no crontab", StringComparison.OrdinalIgnoreCase)) return "";
        throw new CrontabException($"`{program} -l` exited with {result.ExitCode}: {result.StandardError.Trim()}");
    }

    public async Task WriteAsync(string text, CancellationToken cancellation)
    {
        var result = await RunAsync(["-"], text, cancellation);
        if (result.ExitCode != 0) throw new CrontabException($"`{program} -` exited with {result.ExitCode}: {result.StandardError.Trim()}");
    }

    private async Task<BufferedCommandResult> RunAsync(string[] arguments, string? input, CancellationToken cancellation)
    {
        var command = Cli.Wrap(program).WithArguments(arguments).WithEnvironmentVariables(ChildEnvironment.Of(environment)).WithValidation(CommandResultValidation.None);
        if (input is not null) command = command.WithStandardInputPipe(PipeSource.FromString(input));
        try
        {
            return await command.ExecuteBufferedAsync(cancellation);
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException)
        {
            throw new CrontabException($"{program} cannot be run ({exception.InnerException?.Message ?? exception.Message}): install cron (`sudo apt-get install cron`), or set SPOTIFY_SYNC_CRONTAB to the crontab program, or use the systemd timer or launchd job that `spotify-sync cron install` prints.");
        }
    }
}

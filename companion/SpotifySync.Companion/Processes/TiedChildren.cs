using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using CliWrap;
using CliWrap.Buffered;
using SpotifySync.Companion.Cron;

namespace SpotifySync.Companion.Processes;

/// <summary>
/// Starts child processes that die with this one where the system allows it. On Linux a child is started through
/// util-linux's <c>setpriv --pdeathsig KILL</c>, which asks the kernel to kill it when its parent dies, <c>kill -9</c>
/// included, which lets the parent clean up nothing (setpriv then runs the program in its place: same PID). The
/// kernel's "parent" is the thread that started the child, not the process, and a child started from a thread-pool
/// thread would be killed when that thread retires, idle, while the download goes on; so every child is started from
/// one thread that lives as long as the process. The death signal is not inherited: what the child starts (yt-dlp's
/// ffmpeg) would go on, orphaned, so the child is also started by util-linux's <c>setsid</c>, in place too, as the
/// leader of a process group of its own that holds what it starts, and the run that finds it left running ends the
/// group (<see cref="Locking.ProcessIdentity.End"/>). Where there is no such setpriv (macOS; util-linux before 2.33,
/// 2018) the child is started as it is, and a killed run's children are ended by the next run through the lock's
/// record (<see cref="Locking.RunChildren"/>), as are the children of a run killed before its child's death signal
/// was set.
/// </summary>
public static class TiedChildren
{
    private static readonly Lazy<string?> Setpriv = new(FindSetpriv);

    private static readonly Lazy<string?> Setsid = new(() => ProgramPath.Resolve("setsid", Environment.GetEnvironmentVariable("PATH")));

    private static readonly BlockingCollection<Action> Starts = StartingThread();

    /// <summary>Starts <paramref name="command"/>, tied to this process where possible, and returns its execution, under way.</summary>
    public static Task<CommandTask<BufferedCommandResult>> StartBufferedAsync(Command command, CancellationToken stop)
    {
        var tied = Tie(command);
        var started = new TaskCompletionSource<CommandTask<BufferedCommandResult>>(TaskCreationOptions.RunContinuationsAsynchronously);
        Starts.Add(() =>
        {
            try
            {
                // CliWrap starts the process before it returns, on this thread.
                started.SetResult(tied.ExecuteBufferedAsync(stop));
            }
            catch (Exception exception)
            {
                started.SetException(exception);
            }
        });
        return started.Task;
    }

    /// <summary>
    /// The command run by setpriv, and by setsid where there is one, with absolute paths (each looks a bare name up in
    /// the PATH it gets, which is the child's); the command as it is without setpriv, or when the program is nowhere on
    /// PATH, so that starting it fails as it always did. setsid runs the program in its place (same PID) as long as
    /// its caller leads no group, which a process .NET starts does not.
    /// </summary>
    private static Command Tie(Command command)
    {
        if (Setpriv.Value is not { } setpriv || ProgramPath.Resolve(command.TargetFilePath, Environment.GetEnvironmentVariable("PATH")) is not { } program) return command;
        string[] group = Setsid.Value is { } setsid ? [setsid] : [];
        var prefix = new CliWrap.Builders.ArgumentsBuilder().Add(["--pdeathsig", "KILL", "--", .. group, program]).Build();
        return command.WithTargetFile(setpriv).WithArguments($"{prefix} {command.Arguments}");
    }

    /// <summary>setpriv's path on Linux when it takes <c>--pdeathsig</c>: it is tried once, on <c>true</c>.</summary>
    private static string? FindSetpriv()
    {
        if (!OperatingSystem.IsLinux() || ProgramPath.Resolve("setpriv", Environment.GetEnvironmentVariable("PATH")) is not { } setpriv) return null;
        try
        {
            using var probe = Process.Start(new ProcessStartInfo(setpriv, ["--pdeathsig", "KILL", "--", "true"]) { RedirectStandardError = true });
            probe!.StandardError.ReadToEnd();
            probe.WaitForExit();
            return probe.ExitCode == 0 ? setpriv : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static BlockingCollection<Action> StartingThread()
    {
        var starts = new BlockingCollection<Action>();
        new Thread(() =>
        {
            foreach (var start in starts.GetConsumingEnumerable()) start();
        })
        {
            IsBackground = true,
            Name = "spotify-sync child starter",
        }.Start();
        return starts;
    }
}

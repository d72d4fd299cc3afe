using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace SpotifySync.Companion.Locking;

/// <summary>
/// A process told apart from a later one that got the same PID: its PID and its start time. On Linux the start time
/// is field 22 of <c>/proc/PID/stat</c> (clock ticks since boot), and a zombie counts as gone.
/// </summary>
public sealed record ProcessIdentity(int Pid, string StartMark)
{
    public static ProcessIdentity Current() => new(System.Environment.ProcessId, StartMarkOf(System.Environment.ProcessId) ?? "");

    /// <summary>The identity of the running process <paramref name="pid"/>; null when it is gone.</summary>
    public static ProcessIdentity? Of(int pid) => StartMarkOf(pid) is { } mark ? new ProcessIdentity(pid, mark) : null;

    /// <summary>True while the process that had this identity is still running.</summary>
    public bool IsRunning()
    {
        var mark = StartMarkOf(Pid);
        return mark is not null && mark == StartMark;
    }

    /// <summary>
    /// Ends the process and every process it started (SIGKILL: it is a killed run's child that nobody waits for, or
    /// stuck), then waits until they are gone, up to <paramref name="patience"/>. A process that leads a group of its
    /// own (yt-dlp as <see cref="Processes.TiedChildren"/> starts it) is ended with its whole group, and when it is gone
    /// already, what it left in its group is (an ffmpeg still converting: <see cref="Processes.ProcessGroups"/>); a
    /// later process that got its PID is never taken for it. False when none of them was running.
    /// </summary>
    /// <exception cref="TimeoutException">One was still running after <paramref name="patience"/>.</exception>
    public bool End(TimeSpan patience)
    {
        var running = IsRunning();
        // Gone, and its PID no other process's: a member of the group named after it can only be one it left.
        var group = running ? Processes.ProcessGroups.GroupOf(Pid) == Pid : StartMarkOf(Pid) is null && Processes.ProcessGroups.Members(Pid).Count > 0;
        if (!running && !group) return false;
        if (group) Processes.ProcessGroups.Kill(Pid);
        if (running)
        {
            try
            {
                using var process = Process.GetProcessById(Pid);
                process.Kill(entireProcessTree: true);
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                // It ended between the check and the kill.
            }
        }
        // Polled rather than waited: an orphan is not this process's child, and one whose zombie its new parent has
        // yet to reap still answers kill(pid, 0), while IsRunning and Members count a zombie as gone.
        var deadline = DateTime.UtcNow + patience;
        while (IsRunning() || (group && Processes.ProcessGroups.Members(Pid).Count > 0))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Process {Pid} or its group was still running {patience.TotalSeconds:0} s after it was killed.");
            Thread.Sleep(20);
        }
        return true;
    }

    private static string? StartMarkOf(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (Directory.Exists("/proc/self"))
        {
            string text;
            try
            {
                text = File.ReadAllText(stat);
            }
            catch (IOException)
            {
                return null;
            }
            // The command name (field 2) is in parentheses and may hold spaces: the fields after it are counted from its closing one.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            var state = fields[0];
            return state is "Z" or "X" ? null : fields[19];
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : process.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

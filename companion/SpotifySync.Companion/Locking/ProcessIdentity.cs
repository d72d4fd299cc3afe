using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace SpotifySync.Companion.Locking;

/// <summary>
/// A process told apart from a later one that got the same PID: its PID and its start time. On Linux the start time
/// is field 22 of <c>/proc/PID/stat</c> (clock ticks since boot), and a zombie counts as gone.
/// </summary>
public sealed record ProcessIdentity(int Pid, string StartMark)
{
    public static ProcessIdentity Current() => new(System.Environment.ProcessId, StartMarkOf(System.Environment.ProcessId) ?? "");

    /// <summary>True while the process that had this identity is still running.</summary>
    public bool IsRunning()
    {
        var mark = StartMarkOf(Pid);
        return mark is not null && mark == StartMark;
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

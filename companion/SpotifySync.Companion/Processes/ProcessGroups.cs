using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace SpotifySync.Companion.Processes;

/// <summary>
/// Process groups on Linux, read from <c>/proc</c>. yt-dlp is started as the leader of a group of its own
/// (<see cref="TiedChildren"/>), and what it starts (ffmpeg) is in that group: once yt-dlp is killed, its ffmpeg has
/// another parent and no process tree leads to it any more, but the group still does. Linux gives no new process the
/// number of a group that still has members, so a group named after a recorded yt-dlp that is gone holds only what that
/// yt-dlp left. Elsewhere (no <c>/proc</c>) there are no members to find, and nothing is signalled.
/// </summary>
public static class ProcessGroups
{
    /// <summary>The group of the running process <paramref name="pid"/>; null when it is gone, a zombie, or unknown here.</summary>
    public static int? GroupOf(int pid) => Stat(pid) is { } stat ? stat.Group : null;

    /// <summary>The running processes (zombies left out) of the group <paramref name="group"/>.</summary>
    public static IReadOnlyList<int> Members(int group)
    {
        if (!Directory.Exists("/proc/self")) return [];
        return Directory.EnumerateDirectories("/proc")
            .Select(folder => int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && Stat(pid) is { } stat && stat.Group == group)
            .ToList();
    }

    /// <summary>Sends SIGKILL to every process of the group <paramref name="group"/>; false when it has none.</summary>
    public static bool Kill(int group) => group > 1 && Directory.Exists("/proc/self") && SendSignal(-group, SigKill) == 0;

    /// <summary>State and group of a process, from <c>/proc/PID/stat</c>; null when it is gone or a zombie.</summary>
    private static (string State, int Group)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        // The command name (field 2) is in parentheses and may hold spaces: the fields after it are counted from its closing one.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        if (fields[0] is "Z" or "X") return null;
        return (fields[0], int.Parse(fields[2], CultureInfo.InvariantCulture));
    }

    private const int SigKill = 9;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}

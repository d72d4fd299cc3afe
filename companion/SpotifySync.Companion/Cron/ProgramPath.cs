using System;
using System.IO;

namespace SpotifySync.Companion.Cron;

/// <summary>
/// Where a program is, as a shell finds it: a name with a slash is a path, a bare name is looked up in PATH's
/// folders. The schedule needs the absolute path because cron starts with a PATH of its own (/usr/bin:/bin), which
/// misses programs such as a pipx-installed yt-dlp in ~/.local/bin.
/// </summary>
public static class ProgramPath
{
    /// <summary>The program's absolute path, or null when it is not an executable file there.</summary>
    public static string? Resolve(string program, string? searchPath)
    {
        if (program.Contains('/', StringComparison.Ordinal)) return IsExecutable(program) ? Path.GetFullPath(program) : null;
        foreach (var folder in (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, program);
            if (IsExecutable(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
    }

    private static bool IsExecutable(string path) =>
        File.Exists(path) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
}

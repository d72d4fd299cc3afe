using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace SpotifySync.Companion.State;

/// <summary>
/// Replaces a file whole or not at all: the text goes to a temporary file in the same folder, which is flushed to
/// disk and then renamed over the target. A rename within a file system is atomic, so a process killed at any
/// moment leaves either the old file or the new one, never a mix; a process killed before the rename also leaves
/// its temporary file, which <see cref="RemoveLeftovers"/> removes. Every file the companion replaces so holds its
/// state or secrets: the new file is private (<see cref="PrivateFiles"/>), whatever mode the old one had.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{System.Environment.ProcessId}.{System.Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = PrivateFiles.Open(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(Encoding.UTF8.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>
    /// Deletes the temporary files that writes of <paramref name="path"/> left behind (their names are
    /// <c>.NAME.PID.GUID.tmp</c>, <see cref="WriteAllText"/>'s), and returns their paths. Call it only while no write
    /// of the file can be under way, that is holding the guard every writer of the file holds
    /// (<see cref="Locking.FileGuard"/>): a temporary file then belongs to a process that died mid-write.
    /// </summary>
    public static IReadOnlyList<string> RemoveLeftovers(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var removed = new List<string>();
        if (!Directory.Exists(directory)) return removed;
        var pattern = new Regex($"^\\.{Regex.Escape(Path.GetFileName(path))}\\.[0-9]+\\.[0-9a-f]{{32}}\\.tmp$");
        foreach (var file in Directory.EnumerateFiles(directory, $".{Path.GetFileName(path)}.*.tmp"))
        {
            if (!pattern.IsMatch(Path.GetFileName(file))) continue;
            File.Delete(file);
            removed.Add(file);
        }
        return removed;
    }
}

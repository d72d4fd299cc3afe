using System.IO;
using System.Text;

namespace SpotifySync.Companion.State;

/// <summary>
/// Replaces a file whole or not at all: the text goes to a temporary file in the same folder, which is flushed to
/// disk and then renamed over the target. A rename within a file system is atomic, so a process killed at any
/// moment leaves either the old file or the new one, never a mix.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{System.Environment.ProcessId}.{System.Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
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
}

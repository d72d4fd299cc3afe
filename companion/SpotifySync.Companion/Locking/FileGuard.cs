using System;
using System.IO;
using System.Threading;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Locking;

/// <summary>
/// A short critical section across processes and threads: an exclusive open of a guard file, which .NET backs with
/// <c>flock</c> on Unix, so the operating system drops it when the holder dies, even by <c>kill -9</c>. Held for
/// milliseconds around a read-modify-write of a small file, never for a whole run.
/// </summary>
public sealed class FileGuard : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly FileStream _stream;

    private FileGuard(FileStream stream)
    {
        _stream = stream;
    }

    /// <summary>Waits up to ten seconds for the guard of <paramref name="path"/> (the file <c>path.guard</c>).</summary>
    /// <exception cref="TimeoutException">Another holder kept it that long.</exception>
    public static FileGuard Acquire(string path)
    {
        var guardPath = path + ".guard";
        var deadline = DateTime.UtcNow + Patience;
        var pause = 1;
        while (true)
        {
            try
            {
                return new FileGuard(PrivateFiles.Open(guardPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(pause);
                pause = Math.Min(pause * 2, 50);
            }
            catch (IOException exception)
            {
                throw new TimeoutException($"{guardPath} stayed locked for {Patience.TotalSeconds} s: another spotify-sync is stuck; stop it.", exception);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}

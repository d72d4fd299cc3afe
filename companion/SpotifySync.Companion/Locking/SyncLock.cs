using System;
using System.IO;
using System.Text.Json;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Locking;

/// <summary>
/// The lock a sync run holds, shared by the cron job and the server's runs: a JSON file naming the holder's PID. A
/// lock whose process is gone (crashed, killed) is stale and taken over. Checking and writing the file happen under a
/// <see cref="FileGuard"/>, so two runs that find the same stale lock cannot both take it; the file itself is
/// replaced atomically, so a reader never sees half of it.
/// </summary>
public sealed class SyncLock : IDisposable
{
    private readonly string _path;
    private bool _released;

    private SyncLock(string path, LockHolder holder)
    {
        _path = path;
        Holder = holder;
    }

    public LockHolder Holder { get; }

    /// <summary>
    /// Takes the lock for <paramref name="runId"/>, or returns null and the running holder in <paramref name="heldBy"/>.
    /// <paramref name="takenOver"/> names the dead holder of a stale lock this replaced.
    /// </summary>
    public static SyncLock? TryAcquire(string path, string runId, out LockHolder? heldBy, out LockHolder? takenOver)
    {
        using var guard = FileGuard.Acquire(path);
        var current = Read(path);
        takenOver = null;
        if (current is not null && current.Process.IsRunning())
        {
            heldBy = current;
            return null;
        }
        takenOver = current;
        heldBy = null;
        var self = ProcessIdentity.Current();
        var holder = new LockHolder(self.Pid, self.StartMark, DateTime.UtcNow.ToString("O"), runId);
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(holder));
        return new SyncLock(path, holder);
    }

    /// <summary>
    /// Rewrites the lock file through <paramref name="change"/> while it is still run <paramref name="runId"/>'s (it
    /// is not when a person removed it, or a run took over a lock it thought stale); false when it is not.
    /// </summary>
    public static bool Change(string path, string runId, Func<LockHolder, LockHolder> change)
    {
        using var guard = FileGuard.Acquire(path);
        if (Read(path) is not { } holder || holder.RunId != runId) return false;
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(change(holder)));
        return true;
    }

    /// <summary>The holder the lock file names, running or not; null when there is no lock file.</summary>
    public static LockHolder? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<LockHolder>(File.ReadAllText(path));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
        catch (JsonException)
        {
            // Written atomically, so only a person's edit makes it unreadable: nobody is known to hold it.
            return null;
        }
    }

    /// <summary>Removes the lock file if it is still this run's.</summary>
    public void Dispose()
    {
        if (_released) return;
        _released = true;
        using var guard = FileGuard.Acquire(_path);
        if (Read(_path)?.RunId == Holder.RunId) File.Delete(_path);
    }
}

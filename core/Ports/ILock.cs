namespace SpotifySync.Core.Ports;

/// <summary>The lock one sync run holds, so that runs never overlap (Apps Script's script lock).</summary>
public interface ILock
{
    /// <summary>Tries to take the lock for up to the given milliseconds; true when it did.</summary>
    bool TryLock(int milliseconds);

    void Release();
}

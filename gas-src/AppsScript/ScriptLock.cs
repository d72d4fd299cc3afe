using AppsScript.Interop.Services;
using SpotifySync.Core.Ports;

namespace SpotifySync.AppsScript;

/// <summary><see cref="ILock"/> over LockService's script lock, shared by every execution of the script.</summary>
public sealed class ScriptLock : ILock
{
    private readonly Lock _lock = LockService.GetScriptLock();

    public bool TryLock(int milliseconds) => _lock.TryLock(milliseconds);

    public void Release() => _lock.ReleaseLock();
}

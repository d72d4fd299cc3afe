using System.Collections.Generic;
using AppsScript.Emulator.Runtime;

namespace AppsScript.Emulator.Services.Lock;

/// <summary>The script's locks: one for all users, one per user and, for a container-bound script, one for the document.</summary>
internal sealed class LockTable(bool containerBound)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LockState> _userLocks = new();

    public LockState ScriptLock { get; } = new();

    public LockState? DocumentLock { get; } = containerBound ? new LockState() : null;

    public LockState UserLock(string user)
    {
        lock (_gate)
        {
            if (!_userLocks.TryGetValue(user, out var state)) _userLocks[user] = state = new LockState();
            return state;
        }
    }

    /// <summary>Releases what an ending execution still holds, as Apps Script does at the end of a script.</summary>
    public void ReleaseAll(ScriptExecution execution)
    {
        ScriptLock.Release(execution);
        DocumentLock?.Release(execution);
        lock (_gate)
        {
            foreach (var state in _userLocks.Values) state.Release(execution);
        }
    }
}

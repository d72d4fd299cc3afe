using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Emulator.Runtime;

namespace AppsScript.Emulator.Services.Lock;

/// <summary>
/// One mutual-exclusion lock shared by overlapping executions. A waiting execution sleeps on the timeline
/// until the holder releases (the lock is handed to the longest waiter at that moment) or its timeout passes.
/// </summary>
internal sealed class LockState
{
    private readonly object _gate = new();
    private readonly List<Waiter> _waiters = new();
    private ScriptExecution? _owner;

    public bool IsHeldBy(ScriptExecution execution)
    {
        lock (_gate) return _owner == execution;
    }

    public bool TryAcquire(ScriptExecution execution, TimeSpan timeout)
    {
        Waiter waiter;
        lock (_gate)
        {
            if (_owner is null || _owner == execution)
            {
                _owner = execution;
                return true;
            }
            if (timeout <= TimeSpan.Zero) return false;
            waiter = new Waiter(execution);
            _waiters.Add(waiter);
        }
        execution.SleepUnlessWoken(execution.Environment.Clock.GetUtcNow() + timeout);
        lock (_gate)
        {
            _waiters.Remove(waiter);
            return waiter.Granted;
        }
    }

    public void Release(ScriptExecution execution)
    {
        lock (_gate)
        {
            if (_owner != execution) return;
            _owner = null;
            var next = _waiters.FirstOrDefault(waiter => !waiter.Granted);
            if (next is null) return;
            next.Granted = true;
            _owner = next.Execution;
            next.Execution.Wake();
        }
    }

    private sealed class Waiter(ScriptExecution execution)
    {
        public ScriptExecution Execution { get; } = execution;

        public bool Granted { get; set; }
    }
}

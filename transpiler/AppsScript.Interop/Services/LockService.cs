namespace AppsScript.Interop.Services;

/// <summary>
/// Apps Script's <c>LockService</c>: mutual exclusion between concurrent executions. A lock is acquired only
/// by <see cref="Lock.TryLock"/> or <see cref="Lock.WaitLock"/> and is released when the execution ends.
/// </summary>
[External]
public static class LockService
{
    /// <summary>The lock shared by every execution of this script, whoever runs it.</summary>
    public static extern Lock GetScriptLock();

    /// <summary>The lock shared by the executions of the user running the script.</summary>
    public static extern Lock GetUserLock();

    /// <summary>The lock of the open document; null when the script is not bound to a document.</summary>
    public static extern Lock? GetDocumentLock();
}

/// <summary>A mutual-exclusion lock of <see cref="LockService"/>.</summary>
[External]
public interface Lock
{
    /// <summary>Tries to acquire the lock for up to the given milliseconds; true when it did.</summary>
    bool TryLock(int timeoutInMillis);

    /// <summary>Acquires the lock, waiting up to the given milliseconds; throws when it could not.</summary>
    void WaitLock(int timeoutInMillis);

    /// <summary>Releases the lock so another execution can acquire it.</summary>
    void ReleaseLock();

    /// <summary>True while this execution holds the lock.</summary>
    bool HasLock();
}

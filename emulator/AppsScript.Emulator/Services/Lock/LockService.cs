using System;
using AppsScript.Emulator.Interop;
using Jint;
using Jint.Runtime;
using Jint.Native;

namespace AppsScript.Emulator.Services.Lock;

/// <summary><c>LockService</c> and its <c>Lock</c> objects. A lock is held by the execution, and only once <c>tryLock</c>/<c>waitLock</c> got it.</summary>
internal static class LockService
{
    public static HostObject Create(JsHost host)
    {
        var environment = host.Execution.Environment;
        var service = host.Object("LockService");
        service.Method("getScriptLock", 0, _ => Lock(host, environment.Locks.ScriptLock));
        service.Method("getUserLock", 0, _ => Lock(host, environment.Locks.UserLock(environment.UserEmail)));
        service.Method("getDocumentLock", 0, _ => environment.Locks.DocumentLock is { } state ? Lock(host, state) : JsValue.Null);
        return service;
    }

    private static HostObject Lock(JsHost host, LockState state)
    {
        var execution = host.Execution;
        var lockObject = host.Object("LockService.Lock");
        lockObject
            .Method("tryLock", 1, arguments => state.TryAcquire(execution, Timeout(arguments.At(0))))
            .Action("waitLock", 1, arguments =>
            {
                if (!state.TryAcquire(execution, Timeout(arguments.At(0))))
                {
                    throw new AppsScriptException("Lock timeout: another process was holding the lock for too long.");
                }
            })
            .Action("releaseLock", 0, _ => state.Release(execution))
            .Method("hasLock", 0, _ => state.IsHeldBy(execution));
        return lockObject;
    }

    private static TimeSpan Timeout(JsValue milliseconds) => TimeSpan.FromMilliseconds(Math.Max(0, milliseconds.AsInteger()));
}

using System;

namespace AppsScript.Emulator.Runtime;

/// <summary>
/// The platform ending an execution. It is a CLR exception, not a JavaScript one, so no script
/// <c>catch</c> or <c>finally</c> sees it: Apps Script kills the execution the same way.
/// </summary>
internal sealed class ExecutionTerminatedException(string message) : Exception(message)
{
    public const string ExceededMaximumExecutionTime = "Exceeded maximum execution time";

    public const string EnvironmentDisposed = "The environment was disposed before the execution ended.";
}

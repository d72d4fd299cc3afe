using System;
using AppsScript.Emulator.Runtime;
using Jint;

namespace AppsScript.Emulator.Time;

/// <summary>
/// The 6-minute limit on a clock whose time passes on its own (<see cref="ScriptClock.PassesOnItsOwn"/>): checked
/// before every statement, it ends an execution whose deadline has passed while it computed or waited on the
/// network, which spends no time on the timeline. (On a virtual clock only spent time moves the clock, and
/// <see cref="ScriptExecution.Spend"/> already stops at the deadline.)
/// </summary>
internal sealed class ExecutionDeadline(TimeProvider clock, ScriptExecution execution) : Constraint
{
    public override void Check()
    {
        if (clock.GetUtcNow() >= execution.Deadline) throw new ExecutionTerminatedException(ExecutionTerminatedException.ExceededMaximumExecutionTime);
    }

    public override void Reset()
    {
    }
}

using System;
using System.Threading.Tasks;

namespace AppsScript.Emulator.Time;

/// <summary>
/// .NET code that runs beside the script's executions in the environment's simulated time: another program that
/// talks to the same services (a companion process, a person's browser). It is a fiber on the same
/// <see cref="Timeline"/>, so its requests and the executions' interleave by the clock alone, deterministically on
/// a <see cref="VirtualClock"/>. Its time passes the same way: <see cref="ScriptClock.Advance"/> from its thread (its
/// own sleeps) or from an in-process simulator answering it (latency). Unlike an execution it has no time limit.
/// Its requests must go one at a time: a simulator charges latency to whoever holds control, and a second request in
/// flight would charge it after the process has handed control away (an execution's fetchAll is told apart instead).
/// Start one with <see cref="ScriptEnvironment.StartOutside"/>.
/// </summary>
public sealed class OutsideProcess
{
    private readonly ScriptClock _clock;
    private volatile bool _complete;

    internal OutsideProcess(Timeline timeline, string name, Action body)
    {
        _clock = timeline.Clock;
        Name = name;
        Fiber = new Fiber(timeline, name, () => Run(body), Spend, SpendAsync);
    }

    public string Name { get; }

    public bool IsComplete => _complete;

    /// <summary>What the body threw, once it has ended; null when it returned.</summary>
    public Exception? Failure { get; private set; }

    internal Fiber Fiber { get; }

    private void Run(Action body)
    {
        try
        {
            body();
        }
        catch (Exception failure)
        {
            Failure = failure;
        }
        finally
        {
            _complete = true;
        }
    }

    private void Spend(TimeSpan duration)
    {
        if (duration > TimeSpan.Zero) Fiber.SleepUntil(_clock.GetUtcNow() + duration);
    }

    private Task SpendAsync(TimeSpan duration) =>
        duration > TimeSpan.Zero ? Fiber.SleepUntilAsync(_clock.GetUtcNow() + duration) : Task.CompletedTask;
}

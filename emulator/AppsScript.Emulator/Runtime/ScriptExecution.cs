using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AppsScript.Emulator.Time;
using AppsScript.Emulator.Triggers;
using Jint;
using Jint.Native;

namespace AppsScript.Emulator.Runtime;

/// <summary>
/// One execution: a function of a project called once, in a fresh engine, on its own
/// <see cref="Fiber"/>. <see cref="Result"/> is set when it has ended.
/// </summary>
public sealed class ScriptExecution
{
    private readonly object _gate = new();
    private TimeSpan? _branchElapsed;
    private volatile string? _termination;
    private int _urlFetchCount;

    internal ScriptExecution(ScriptEnvironment environment, ScriptProject project, string function, ExecutionOrigin origin,
        InstalledTrigger? trigger, Func<ExecutionRunner, JsValue[]> arguments, int id)
    {
        Environment = environment;
        Project = project;
        Function = function;
        Origin = origin;
        Trigger = trigger;
        Arguments = arguments;
        Id = id;
        Log = new ExecutionLog(environment.Clock, entry => environment.OnLogWritten(this, entry));
        Fiber = new Fiber(environment.Timeline, $"execution {id}: {function}", () => ExecutionRunner.Run(this), Spend, SpendAsync);
    }

    public int Id { get; }

    public string Function { get; }

    public ExecutionOrigin Origin { get; }

    /// <summary>The trigger that started it, for a time-driven execution.</summary>
    public InstalledTrigger? Trigger { get; }

    /// <summary>When it started; null until its first moment on the timeline.</summary>
    public DateTimeOffset? Start { get; private set; }

    /// <summary>Null while it runs or waits to start.</summary>
    public ExecutionResult? Result { get; internal set; }

    public bool IsComplete => Result is not null;

    internal ScriptEnvironment Environment { get; }

    internal ScriptProject Project { get; }

    /// <summary>Builds what the function is called with, inside the execution's engine.</summary>
    internal Func<ExecutionRunner, JsValue[]> Arguments { get; }

    internal Fiber Fiber { get; }

    internal ExecutionLog Log { get; }

    internal DateTimeOffset Deadline { get; private set; }

    internal int UrlFetchCount => _urlFetchCount;

    /// <summary>Whether the platform let it start (it counts as running until it ends).</summary>
    internal bool Admitted { get; set; }

    /// <summary>Exceptions that are emulator faults rather than script errors, rethrown to whoever waits on the execution.</summary>
    internal Exception? InternalFailure { get; set; }

    internal void Begin(DateTimeOffset start)
    {
        Start = start;
        Deadline = start + Environment.Limits.ExecutionTime;
    }

    internal void CountFetches(int count) => Interlocked.Add(ref _urlFetchCount, count);

    /// <summary>Throws the termination once the execution has reached its time limit.</summary>
    internal void ThrowIfTerminated()
    {
        if (_termination is { } reason) throw new ExecutionTerminatedException(reason);
    }

    /// <summary>
    /// Spends simulated time on this execution's behalf, from any thread. Inside a <see cref="RunInParallel{T}"/>
    /// branch it is only added up; otherwise the execution sleeps on the timeline. Time past the deadline is not
    /// spent: the execution sleeps until the deadline and is then terminated (the caller's next
    /// <see cref="ThrowIfTerminated"/> ends it).
    /// </summary>
    internal void Spend(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero) return;
        lock (_gate)
        {
            if (_branchElapsed is { } elapsed)
            {
                _branchElapsed = elapsed + duration;
                return;
            }
        }
        var target = Environment.Clock.GetUtcNow() + duration;
        if (target > Deadline)
        {
            Fiber.SleepUntil(Deadline);
            _termination = ExecutionTerminatedException.ExceededMaximumExecutionTime;
            return;
        }
        Fiber.SleepUntil(target);
    }

    /// <summary><see cref="Spend"/> without blocking the calling thread (see <see cref="Fiber.SleepUntilAsync"/>).</summary>
    internal Task SpendAsync(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero) return Task.CompletedTask;
        lock (_gate)
        {
            if (_branchElapsed is { } elapsed)
            {
                _branchElapsed = elapsed + duration;
                return Task.CompletedTask;
            }
        }
        var target = Environment.Clock.GetUtcNow() + duration;
        if (target <= Deadline) return Fiber.SleepUntilAsync(target);
        // Only the execution's own thread acts on the flag, and it is waiting for this fetch.
        _termination = ExecutionTerminatedException.ExceededMaximumExecutionTime;
        return Fiber.SleepUntilAsync(Deadline);
    }

    /// <summary>
    /// Sleeps until <paramref name="target"/> unless <see cref="Wake"/> comes first (a lock handed over). Waiting
    /// past the deadline ends the execution at the deadline.
    /// </summary>
    internal void SleepUnlessWoken(DateTimeOffset target)
    {
        Fiber.SleepUntil(target > Deadline ? Deadline : target);
        if (target > Deadline && Environment.Clock.GetUtcNow() >= Deadline) _termination = ExecutionTerminatedException.ExceededMaximumExecutionTime;
    }

    /// <summary>Ends a <see cref="SleepUnlessWoken"/> now; called by the running execution for a sleeping one.</summary>
    internal void Wake() => Environment.Timeline.Schedule(Fiber, Environment.Clock.GetUtcNow());

    /// <summary>
    /// Runs <paramref name="branches"/> as parallel requests: one after the other in real time, each starting at the
    /// same simulated moment, and then spends the longest branch's time, so the whole costs the slowest request
    /// as <c>UrlFetchApp.fetchAll</c> does, not the sum.
    /// </summary>
    internal T[] RunInParallel<T>(IReadOnlyList<Func<T>> branches)
    {
        var results = new T[branches.Count];
        var longest = TimeSpan.Zero;
        try
        {
            for (var index = 0; index < branches.Count; index++)
            {
                lock (_gate) _branchElapsed = TimeSpan.Zero;
                try
                {
                    results[index] = branches[index]();
                }
                finally
                {
                    lock (_gate)
                    {
                        longest = _branchElapsed is { } elapsed && elapsed > longest ? elapsed : longest;
                        _branchElapsed = null;
                    }
                }
            }
        }
        finally
        {
            Spend(longest);
        }
        return results;
    }

    internal void Complete(ExecutionResult result) => Result = result;

    /// <summary>Makes the execution end at its next host call: its environment is going away.</summary>
    internal void Abandon() => _termination = ExecutionTerminatedException.EnvironmentDisposed;

    public override string ToString() => Result?.ToString() ?? $"{Origin} {Function} (running)";
}

using System;
using System.Collections.Generic;
using AppsScript.Emulator.Runtime;

namespace AppsScript.Emulator.Triggers;

/// <summary>
/// Lets simulated time pass for a script whose time-driven triggers run a project: each installed trigger
/// fires at its times (a trigger installed or deleted by an execution counts from then on), and its
/// execution overlaps whatever else is running, as in Apps Script.
/// </summary>
public sealed class TriggerScheduler
{
    private readonly ScriptEnvironment _environment;
    private readonly ScriptProject _project;
    private readonly List<ScriptExecution> _history = new();

    public TriggerScheduler(ScriptEnvironment environment, ScriptProject project)
    {
        _environment = environment;
        _project = project;
    }

    /// <summary>Every execution a trigger started, in start order.</summary>
    public IReadOnlyList<ScriptExecution> History => _history;

    public IReadOnlyList<ScriptExecution> RunFor(TimeSpan duration) => RunUntil(_environment.Clock.GetUtcNow() + duration);

    /// <summary>
    /// Runs everything due up to <paramref name="until"/>: trigger firings and the executions already under
    /// way. Returns the executions started; one still running at <paramref name="until"/> has no result yet and
    /// goes on when time is next driven.
    /// </summary>
    public IReadOnlyList<ScriptExecution> RunUntil(DateTimeOffset until)
    {
        var started = new List<ScriptExecution>();
        var timeline = _environment.Timeline;
        while (true)
        {
            var trigger = _environment.Triggers.NextDue();
            var due = trigger?.NextRun is { } run && run <= until ? run : (DateTimeOffset?)null;
            var wakeup = timeline.NextWakeup;
            if (due is { } fireAt && (wakeup is null || fireAt <= wakeup))
            {
                _environment.Clock.MoveTo(fireAt);
                trigger!.Fired();
                var execution = _environment.StartTrigger(_project, trigger);
                started.Add(execution);
                _history.Add(execution);
                continue;
            }
            if (!timeline.Step(until)) break;
        }
        _environment.Clock.MoveTo(until);
        _environment.ThrowInternalFailures(started);
        return started;
    }
}

using System;

namespace AppsScript.Emulator.Triggers;

/// <summary>A time-driven trigger installed with <c>ScriptApp.newTrigger(...).timeBased()...create()</c>.</summary>
public sealed class InstalledTrigger
{
    internal InstalledTrigger(string uniqueId, string handlerFunction, string user, TriggerSchedule schedule, DateTimeOffset created)
    {
        UniqueId = uniqueId;
        HandlerFunction = handlerFunction;
        User = user;
        Schedule = schedule;
        Created = created;
        NextRun = schedule.FirstRun(created);
    }

    public string UniqueId { get; }

    public string HandlerFunction { get; }

    /// <summary>The user who installed it; the trigger runs as that user.</summary>
    public string User { get; }

    public TriggerSchedule Schedule { get; }

    public DateTimeOffset Created { get; }

    /// <summary>When it fires next; null once a one-shot trigger has fired (it stays installed until deleted).</summary>
    public DateTimeOffset? NextRun { get; private set; }

    public int Firings { get; private set; }

    internal void Fired()
    {
        Firings++;
        NextRun = NextRun is { } run ? Schedule.NextRun(run) : null;
    }

    public override string ToString() => $"{HandlerFunction} ({UniqueId}), next {NextRun:O}";
}

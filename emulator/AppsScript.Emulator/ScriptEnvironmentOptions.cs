using System;
using AppsScript.Emulator.Quotas;
using AppsScript.Emulator.Time;

namespace AppsScript.Emulator;

/// <summary>Who and where the emulated script is: its identity, its user, its account's limits and the seed behind every generated id.</summary>
public sealed record ScriptEnvironmentOptions
{
    /// <summary>Where the default <see cref="VirtualClock"/> starts, when <see cref="Clock"/> does not give a clock.</summary>
    public DateTimeOffset StartTime { get; init; } = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The clock to run on; when null, a <see cref="VirtualClock"/> at <see cref="StartTime"/>. Give one when
    /// something else lives in the same simulated time and must be built before the environment (simulated web
    /// services whose latency advances it and whose tokens expire on it), or a <see cref="RealClock"/> to run
    /// in real time against real services. Its current time is the start; <see cref="StartTime"/> is then
    /// unused. A clock drives one environment.
    /// </summary>
    public ScriptClock? Clock { get; init; }

    /// <summary>Seeds trigger ids, UUIDs, user keys and the minute a daily trigger picks.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The script id (57 characters); derived from the seed when null.</summary>
    public string? ScriptId { get; init; }

    /// <summary>The user every execution runs as (the owner, who installs the triggers and deploys the web app).</summary>
    public string UserEmail { get; init; } = "owner@example.com";

    /// <summary>The web app's deployment id; derived from the seed when null.</summary>
    public string? DeploymentId { get; init; }

    /// <summary>Whether the script is deployed as a web app: <c>ScriptApp.getService().getUrl()</c> is null when not.</summary>
    public bool WebAppDeployed { get; init; } = true;

    /// <summary>
    /// Whether the script is bound to a document. A standalone script's <c>getDocumentProperties()</c>,
    /// <c>getDocumentCache()</c> and <c>getDocumentLock()</c> return null.
    /// </summary>
    public bool ContainerBound { get; init; }

    public PlatformLimits Limits { get; init; } = PlatformLimits.Consumer;
}

using System;
using System.Threading;

namespace SpotifySync.Core.Scenarios.Running;

/// <summary>
/// Where a scenario gets what it runs on, on .NET: the <see cref="Scenario"/> the harness set up for the entry point it
/// runs (<see cref="Run"/>). The Apps Script side has a class of the same name and <see cref="Start"/>, so the scenarios
/// compile unchanged for both.
/// </summary>
public static class ScenarioRuntime
{
    private static readonly AsyncLocal<Scenario?> Current = new();

    public static Scenario Start() => Current.Value ?? throw new InvalidOperationException("No scenario is set up here: the harness runs an entry point with ScenarioRuntime.Run.");

    /// <summary>Runs a scenario's entry point on <paramref name="scenario"/>.</summary>
    public static void Run(Scenario scenario, Action entryPoint)
    {
        Current.Value = scenario;
        try
        {
            entryPoint();
        }
        finally
        {
            Current.Value = null;
        }
    }
}

using AppsScript.Interop;
using SpotifySync.Core.Scenarios.World;

namespace SpotifySync.Core.Scenarios.Running;

/// <summary>The world the test harness puts into the script's global scope (ScriptEnvironment.AddHostObject) as <see cref="Scenario.WorldGlobal"/>.</summary>
[External("globalThis")]
public static class InjectedWorld
{
    [Name(Scenario.WorldGlobal)]
    public static extern IScenarioWorld World { get; }
}

using System.Linq;
using System.Threading.Tasks;
using AppsScript.Emulator.Runtime;
using SpotifySync.Core.Scenarios.Running;
using SpotifySync.Core.Scenarios.Tests.World;
using SpotifySync.Simulation;

namespace SpotifySync.Core.Scenarios.Tests.Runtimes;

/// <summary>
/// A scenario in Apps Script: its top-level function in the compiled script (<see cref="ScenarioScript"/>), run
/// under the emulator as the editor's Run does, against the sandbox on the emulator's clock, with the world put into
/// the script's global scope as a host object.
/// </summary>
internal static class EmulatorRuntime
{
    /// <summary>Runs the function in a fresh world and returns how the execution ended.</summary>
    public static async Task<ExecutionResult> RunAsync(string function)
    {
        using var companion = new CompanionStandIn();
        var options = WorldSetup.Options(companion);
        await using var cloud = await SimulatedCloud.StartAsync(options);
        var environment = cloud.Environment;
        var tracks = WorldSetup.Prepare(options, cloud.Apis, cloud.Clock.GetUtcNow(), environment.ScriptProperties.Set);
        environment.AddHostObject(Scenario.WorldGlobal, new SandboxWorld(cloud.Apis, tracks, cloud.Clock, cloud.Clock.Advance, companion,
            () => environment.Mail.Sent.Select(sent => sent.Subject), environment.ScriptProperties.Snapshot));
        return environment.Run(ScenarioScript.Project, function);
    }
}

using AppsScript.Interop.Services;
using SpotifySync.AppsScript;
using SpotifySync.Core.Spotify;

namespace SpotifySync.Core.Scenarios.Running;

/// <summary>
/// Where a scenario gets what it runs on, in Apps Script: the world the harness injected, and the core's ports over
/// Apps Script's services as the script's own executions build them (<see cref="ScriptPorts"/>). The .NET side has a
/// class of the same name and member, so the scenarios compile unchanged for both.
/// </summary>
public static class ScenarioRuntime
{
    public static Scenario Start() => new Scenario(InjectedWorld.World, ScriptPorts.ForExecution, SpotifyAuth.AppsScriptRedirectUri(ScriptApp.GetScriptId()));
}

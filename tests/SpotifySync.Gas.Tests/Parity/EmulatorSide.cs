using System;
using System.Threading.Tasks;
using AppsScript.Emulator.Runtime;
using SpotifySync.Gas.Tests.Support;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify;
using SpotifySync.Simulation;
using Xunit;

namespace SpotifySync.Gas.Tests.Parity;

/// <summary>The emitted <c>dist/</c> under the emulator against the sandbox, on the emulator's virtual clock.</summary>
internal sealed class EmulatorSide : IParitySide
{
    private readonly SimulatedCloud _cloud;
    private readonly ScriptProject _project = Dist.Load();

    private EmulatorSide(SimulatedCloud cloud, NotionDatabaseIds tracks)
    {
        _cloud = cloud;
        TracksDataSourceId = tracks.DataSourceId;
    }

    public string Name => "emitted JS under the emulator";

    public SpotifySimulator Spotify => _cloud.Spotify;

    public NotionSimulator Notion => _cloud.Notion;

    public string TracksDataSourceId { get; }

    public DateTimeOffset Now => _cloud.Clock.GetUtcNow();

    public static async Task<EmulatorSide> StartAsync(SimulatedCloudOptions options)
    {
        var cloud = await SimulatedCloud.StartAsync(options);
        ParityWorld.WithLatency(cloud.Spotify, cloud.Notion);
        var tracks = cloud.Notion.Workspace.CreateDatabase("Music Tracks", ParityWorld.TracksSchema);
        foreach (var setting in ParityWorld.Settings(options, cloud.Spotify, tracks, cloud.Clock.GetUtcNow()))
        {
            cloud.Environment.ScriptProperties.Set(setting.Key, setting.Value);
        }
        return new EmulatorSide(cloud, tracks);
    }

    public void AdvanceTo(DateTimeOffset time)
    {
        if (time > Now) _cloud.Clock.Advance(time - Now);
    }

    public string Run(string function, params string[] arguments)
    {
        var result = _cloud.Environment.Run(_project, function, arguments);
        Assert.True(result.Succeeded, $"{function} failed under the emulator: {result}");
        return result.Return!["status"]!.GetValue<string>();
    }

    public ValueTask DisposeAsync() => _cloud.DisposeAsync();
}

using System;
using System.Threading.Tasks;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Core.Tests.Sync;

/// <summary>
/// The incremental sync of liked songs, the 5-minute trigger's work. Its behaviours (the watermark, an idle run, a run
/// out of budget) are the core's scenarios (tests/SpotifySync.Core.Scenarios), proven on both runtimes; here, what
/// needs a hand on a .NET port.
/// </summary>
public sealed class SavedTracksSyncTests
{
    private static readonly LibrarySpec Small = new() { Tracks = 120, LikedTracks = 40, Plays = 10, LocalFiles = 0 };

    [Fact]
    public async Task An_overlapping_run_exits_at_once()
    {
        await using var sandbox = await SyncSandbox.StartAsync(6, Small);
        sandbox.Lock.Held = true;

        var result = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(RunStatuses.Skipped, result.Status);
        Assert.Equal(0, sandbox.Calls());
        Assert.Empty(sandbox.Pages());
        Assert.Null(sandbox.Store.Get(StateKeys.SavedTracksWatermark));
    }
}

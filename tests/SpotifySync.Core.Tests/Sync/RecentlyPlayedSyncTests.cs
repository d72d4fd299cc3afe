using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Core.Tests.Sync;

/// <summary>Recently played: Last Played and Play Count, each play counted once.</summary>
public sealed class RecentlyPlayedSyncTests
{
    private static readonly LibrarySpec Library = new() { Tracks = 200, LikedTracks = 60, Plays = 80, LocalFiles = 0 };

    [Fact]
    public async Task Plays_are_counted_once_even_when_a_run_dies_before_saving_its_cursor()
    {
        await using var sandbox = await SyncSandbox.StartAsync(21, Library);
        var library = sandbox.Spotify.Library;
        var firstPlays = library.RetrievablePlaysAt(sandbox.Clock.GetUtcNow()).ToList();
        var first = new RecentlyPlayedSync(sandbox.Execution()).Run();
        var newPlays = library.SchedulePlays(30, sandbox.Clock.GetUtcNow().AddMinutes(1), TimeSpan.FromHours(2));
        sandbox.Clock.Advance(TimeSpan.FromHours(2.1));

        Assert.Throws<ExecutionKilled>(() => new RecentlyPlayedSync(sandbox.Execution(new KillSwitch { AtStoreWriteOf = StateKeys.RecentlyPlayedCursor })).Run());
        sandbox.Lock.Held = false;
        var again = new RecentlyPlayedSync(sandbox.Execution()).Run();
        var idle = new RecentlyPlayedSync(sandbox.Execution()).Run();

        Assert.Equal(50, first.Plays);
        Assert.Equal(RunStatuses.Done, again.Status);
        Assert.Equal(30, again.Plays);
        Assert.Equal(0, again.PlaysCounted);
        Assert.Equal(0, idle.Plays);
        var expected = firstPlays.Concat(newPlays).GroupBy(p => p.Track.Id!).ToDictionary(g => g.Key, g => g.ToList());
        var pages = sandbox.PagesBySpotifyId();
        Assert.Equal(expected.Keys.OrderBy(id => id), pages.Keys.OrderBy(id => id));
        foreach (var (id, plays) in expected)
        {
            Assert.Equal(plays.Count, pages[id].Number("Play Count"));
            Assert.Equal(plays.Max(p => p.PlayedAt).ToString("yyyy-MM-ddTHH:mm"), pages[id].Date("Last Played")!.Start[..16]);
        }
        Assert.All(pages.Values, page => Assert.Equal("Recently Played", page.Select("Source")));
        Assert.Equal(newPlays.Max(p => p.PlayedAt).ToUnixTimeMilliseconds(), again.Cursor);
    }
}

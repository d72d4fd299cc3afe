using System;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Core.Tests.Sync;

/// <summary>Executions killed at any point (and Notion failing writes meanwhile) never duplicate or lose a track.</summary>
public sealed class KillTests
{
    public static TheoryData<int> KillPoints()
    {
        var points = new TheoryData<int>();
        for (var calls = 0; calls <= 48; calls += 2) points.Add(calls);
        return points;
    }

    [Theory]
    [MemberData(nameof(KillPoints))]
    public async Task A_run_killed_after_any_number_of_calls_neither_duplicates_nor_loses_likes(int calls)
    {
        await using var sandbox = await SyncSandbox.StartAsync(100 + calls, new LibrarySpec { Tracks = 150, LikedTracks = 20, LocalFiles = 0 }, new SyncSettings { BatchSize = 10 });
        new SavedTracksSync(sandbox.Execution()).Run();
        sandbox.Spotify.Library.ScheduleLikes(35, sandbox.Clock.GetUtcNow(), TimeSpan.FromMinutes(4));
        sandbox.Notion.Faults.Randomly("POST /v1/pages", new Fault(FaultKind.UnavailableAfterCommit), 0.1);
        sandbox.Notion.Faults.Randomly("POST /v1/pages", new Fault(FaultKind.Timeout, Hang: TimeSpan.FromSeconds(20)), 0.05);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));

        var kill = new KillSwitch { AfterHttpCalls = calls };
        try
        {
            new SavedTracksSync(sandbox.Execution(kill)).Run();
        }
        catch (ExecutionKilled)
        {
        }
        sandbox.Lock.Held = false;
        var statuses = new System.Collections.Generic.List<string>();
        do
        {
            sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
            statuses.Add(new SavedTracksSync(sandbox.Execution()).Run().Status);
        }
        while (statuses[^1] != RunStatuses.Done && statuses.Count < 10);

        Assert.Equal(RunStatuses.Done, statuses[^1]);
        var pages = sandbox.PagesBySpotifyId();
        Assert.Equal(sandbox.LikedIds().OrderBy(id => id), pages.Keys.OrderBy(id => id));
        Assert.All(pages.Values, page => Assert.True(page.Checkbox("In Library")));
    }

    [Theory]
    [InlineData(StateKeys.SavedTracksWatermark)]
    [InlineData(StateKeys.FullSync)]
    public async Task A_run_killed_as_it_saves_its_progress_neither_duplicates_nor_loses_likes(string key)
    {
        await using var sandbox = await SyncSandbox.StartAsync(7, new LibrarySpec { Tracks = 150, LikedTracks = 60, LocalFiles = 0 }, new SyncSettings { BatchSize = 10 });
        sandbox.Spotify.Library.ScheduleLikes(15, sandbox.Clock.GetUtcNow().AddMinutes(1), TimeSpan.FromMinutes(3));
        for (var run = 0; run < 6; run++)
        {
            var kill = new KillSwitch { AtStoreWriteOf = run % 2 == 0 ? key : null };
            try
            {
                new SavedTracksSync(sandbox.Execution(kill)).Run();
            }
            catch (ExecutionKilled)
            {
            }
            sandbox.Lock.Held = false;
            sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        var pages = sandbox.PagesBySpotifyId();
        Assert.Equal(75, pages.Count);
        Assert.Equal(sandbox.LikedIds().OrderBy(id => id), pages.Keys.OrderBy(id => id));
    }
}

using System.Collections.Generic;
using SpotifySync.Companion.Demo;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>The demo's summary: its figures add up, and when the loop is not complete it says why.</summary>
public sealed class DemoSummaryTests
{
    [Fact]
    public void A_companion_run_that_failed_midway_is_told_with_its_error_and_the_tracks_it_left_without_an_outcome()
    {
        var summary = new DemoSummary(LikedTracks: 100, Pages: 100, Duplicated: 0, CreatedByApps: 100, NotificationsReceived: 1, CompanionRuns: 1,
            CompanionRunFailures: ["run r1 failed: The path '…' is too long"], Downloaded: 18, NotFound: 6, Failed: 0, ReportsRecorded: 1);
        var lines = new List<string>();

        summary.Print(lines.Add);

        Assert.False(summary.Complete);
        Assert.Contains("  companion runs:                       1 (1 did not succeed)", lines);
        Assert.Contains("  no download outcome yet:              76", lines);
        Assert.Equal("  the loop did not complete: 1 companion run(s) did not succeed (run r1 failed: The path '…' is too long); 76 track(s) have no download outcome.", lines[^1]);
    }

    [Fact]
    public void A_complete_loop_says_so_and_nothing_else()
    {
        var summary = new DemoSummary(12, 12, 0, 12, 1, 1, [], 9, 3, 0, 1);
        var lines = new List<string>();

        summary.Print(lines.Add);

        Assert.True(summary.Complete);
        Assert.Empty(summary.Shortfalls());
        Assert.Contains("  companion runs:                       1 (all succeeded)", lines);
        Assert.Equal("  the whole loop ran.", lines[^1]);
    }
}

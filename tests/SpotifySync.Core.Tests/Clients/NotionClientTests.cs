using System;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Core.Tests.Clients;

/// <summary>The Notion client and the page writer under Notion's rate limits and failures.</summary>
public sealed class NotionClientTests
{
    private static readonly LibrarySpec Library = new() { Tracks = 60, LikedTracks = 10, LocalFiles = 0 };

    [Fact]
    public async Task Every_request_names_the_current_notion_version_which_knows_only_in_trash()
    {
        await using var sandbox = await SyncSandbox.StartAsync(50, Library);

        var result = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(RunStatuses.Done, result.Status);
        Assert.Equal(["2026-03-11"], sandbox.NotionVersionsSent);
    }

    [Theory]
    [InlineData(FaultKind.RateLimited)]
    [InlineData(FaultKind.Overloaded)]
    public async Task A_429_or_529_is_waited_out_for_its_retry_after(FaultKind kind)
    {
        await using var sandbox = await SyncSandbox.StartAsync(51, Library);
        sandbox.Notion.Faults.Next("POST /v1/pages", new Fault(kind, RetryAfter: TimeSpan.FromSeconds(7)));
        var before = sandbox.Clock.UtcNow();

        var result = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(RunStatuses.Done, result.Status);
        Assert.Equal(10, sandbox.PagesBySpotifyId().Count);
        Assert.Equal(11, sandbox.Notion.Traffic.Count("POST /v1/pages"));
        var entries = sandbox.Notion.Traffic.Entries.Where(e => e.Endpoint == "POST /v1/pages").ToList();
        Assert.True(entries[1].At - entries[0].At >= TimeSpan.FromSeconds(7));
        Assert.True(sandbox.Clock.UtcNow() - before >= TimeSpan.FromSeconds(7));
    }

    [Theory]
    [InlineData(FaultKind.Timeout)]
    [InlineData(FaultKind.InternalError)]
    [InlineData(FaultKind.Unavailable)]
    public async Task A_create_of_unknown_outcome_is_looked_up_then_retried_once(FaultKind kind)
    {
        await using var sandbox = await SyncSandbox.StartAsync(53, Library);
        sandbox.Notion.Faults.Next("POST /v1/pages", new Fault(kind, Hang: TimeSpan.FromSeconds(10)));

        var result = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(RunStatuses.Done, result.Status);
        Assert.Equal(10, sandbox.PagesBySpotifyId().Count);
        Assert.Equal(11, sandbox.Notion.Traffic.Count("POST /v1/pages"));
        Assert.Equal(3, sandbox.Notion.Traffic.Count("POST /v1/data_sources/{id}/query"));
    }

    [Fact]
    public async Task A_validation_error_skips_the_track_with_notions_message_and_is_not_retried()
    {
        var schema = """{"Name":{"title":{}},"Artist":{"rich_text":{}},"Album":{"rich_text":{}},"Spotify ID":{"rich_text":{}},"Spotify URL":{"url":{}},"ISRC":{"rich_text":{}},"Duration":{"rich_text":{}},"Release Date":{"date":{}},"Added At":{"date":{}},"Source":{"select":{}},"Playlists":{"multi_select":{}},"Last Played":{"date":{}},"Play Count":{"number":{}},"In Library":{"checkbox":{}}}""";
        await using var sandbox = await SyncSandbox.StartAsync(54, Library, tracksSchema: schema);

        var first = new SavedTracksSync(sandbox.Execution()).Run();
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(RunStatuses.Done, first.Status);
        Assert.Equal(10, first.FullSync!.Tracks.Failures.Count);
        Assert.Equal("Duration is expected to be rich_text.", first.FullSync.Tracks.Failures[0].Error);
        Assert.Contains("10 refused by Notion", first.Summary);
        Assert.Equal(10, sandbox.Notion.Traffic.Count("POST /v1/pages"));
        Assert.Equal(0, second.NewLikes);
        Assert.Empty(sandbox.Pages());
    }

    [Fact]
    public async Task Requests_are_paced_on_the_clock_at_the_even_pace_in_their_first_minute()
    {
        await using var sandbox = await SyncSandbox.StartAsync(55, Library, new SyncSettings { NotionRequestsPerSecond = 2 });

        new SavedTracksSync(sandbox.Execution()).Run();

        var times = sandbox.Notion.Traffic.Entries.Select(e => e.At).ToList();
        Assert.True(times.Count >= 12);
        for (var i = 1; i < times.Count; i++) Assert.True(times[i] - times[i - 1] >= TimeSpan.FromMilliseconds(500), $"Requests {i} and {i + 1} were {(times[i] - times[i - 1]).TotalMilliseconds} ms apart.");
    }

    [Fact]
    public async Task Slow_responses_are_made_up_for_by_a_burst_that_stays_inside_notions_budget()
    {
        await using var sandbox = await SyncSandbox.StartAsync(56, new LibrarySpec { Tracks = 900, LikedTracks = 700, LocalFiles = 0 });
        sandbox.Notion.Faults.WithLatency(FaultPlan.AnyEndpoint, LatencyModel.LogNormal(TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(700)));

        new SavedTracksSync(sandbox.Execution()).Run();

        var times = sandbox.Notion.Traffic.Entries.Select(e => e.At).ToList();
        Assert.DoesNotContain(sandbox.Notion.Traffic.Entries, e => e.Status == 429);
        for (var i = 180; i < times.Count; i++) Assert.True(times[i] - times[i - 180] >= TimeSpan.FromSeconds(60), $"Requests {i - 179} to {i + 1} started within {times[i] - times[i - 180]}.");
        var firstMinute = times[0].AddSeconds(60);
        Assert.Contains(Enumerable.Range(1, times.Count - 1), i => times[i - 1] > firstMinute && times[i] - times[i - 1] < TimeSpan.FromMilliseconds(333));
    }
}

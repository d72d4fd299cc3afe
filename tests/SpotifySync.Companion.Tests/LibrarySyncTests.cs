using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Threading;
using System;
using Serilog;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Locking;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Sync;
using SpotifySync.Core.Sync;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>The full Spotify → Notion sync of full runs, through the shared core, against the Spotify and Notion simulators on loopback.</summary>
public sealed class LibrarySyncTests
{
    [Fact]
    public async Task A_full_sync_of_a_few_hundred_tracks_creates_each_page_once_and_a_second_run_creates_none()
    {
        await using var sandbox = await CompanionSandbox.StartAsync(new LibrarySpec { Tracks = 320, LikedTracks = 260 });
        var progress = new List<string>();

        var first = await RunAsync(sandbox, progress.Add);

        var liked = sandbox.LikedIds();
        Assert.Equal(RunStatuses.Done, first.Status);
        Assert.Equal(sandbox.Spotify.Library.SavedTracksAt(DateTimeOffset.UtcNow).Count, first.Total);
        Assert.Equal(liked.Count, first.Created);
        Assert.Equal(liked.Order(StringComparer.Ordinal), sandbox.PageSpotifyIds().Order(StringComparer.Ordinal));
        // The companion's small Tracks schema gets the sync's properties (Album, Spotify ID, In Library, ...).
        Assert.True(first.PropertiesAdded >= 10, $"{first.PropertiesAdded} properties added");
        Assert.Contains($"  Spotify → Notion: walk, 50 of {first.Total} liked tracks; 50 created, 0 updated", progress);
        Assert.Equal("  Spotify → Notion: done; " + $"{liked.Count} created, 0 updated", progress[^1]);

        progress.Clear();
        var second = await RunAsync(sandbox, progress.Add);

        Assert.Equal((RunStatuses.Done, 0, 0, 0, 0), (second.Status, second.Created, second.Updated, second.Unchecked, second.PropertiesAdded));
        Assert.Equal(liked.Count, sandbox.PageSpotifyIds().Count);
        Assert.Equal("  Spotify → Notion: done; 0 created, 0 updated", progress[^1]);
    }

    [Fact]
    public async Task Sync_mode_full_from_the_command_line_shows_its_progress_then_downloads_and_records_the_sync_in_the_run()
    {
        await using var sandbox = await CompanionSandbox.StartAsync(new LibrarySpec { Tracks = 30, LikedTracks = 24, LocalFiles = 0, Episodes = 0 });

        var (exitCode, output, error) = await ToolProcess.RunAsync(sandbox.Environment, "sync", "--mode", "full");

        Assert.True(exitCode == ExitCodes.Success, $"exit {exitCode}: {error}");
        Assert.Contains("  Spotify → Notion: walk, starting from the newest liked track; 0 created, 0 updated", output);
        Assert.Contains("  Spotify → Notion: sweep, merging duplicate pages and unchecking tracks no longer liked; 24 created, 0 updated", output);
        Assert.Contains("  Spotify → Notion: done; 24 created, 0 updated", output);
        Assert.Contains("spotify-sync: Spotify → Notion done: 24 created, 0 updated, 0 unchecked of 24 liked tracks in 1 slice(s)", output);
        Assert.Contains("24 track(s) to download: 0 downloaded, 24 not found, 0 failed", output);
        var run = sandbox.State.Read().Runs[0];
        Assert.Equal((RunStatuses.Done, 24, 24, 24), (run.Library!.Status, run.Library.Created, run.Pending, run.NotFound));
        Assert.Equal(24, sandbox.PageSpotifyIds().Distinct().Count());
        Assert.DoesNotContain(sandbox.Environment["SPOTIFY_REFRESH_TOKEN"]!, System.IO.File.ReadAllText(System.IO.Path.Combine(sandbox.Home, "logs", "sync.log")));
    }

    [Fact]
    public async Task Spotify_credentials_given_in_part_stop_a_full_run_with_each_missing_setting_named()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("SPOTIFY_CLIENT_ID", "only-the-id");

        var (exitCode, output, error) = await ToolProcess.RunAsync(sandbox.Environment, "sync", "--mode", "full");

        Assert.Equal(ExitCodes.Configuration, exitCode);
        Assert.Contains("SPOTIFY_CLIENT_SECRET is not set", error);
        Assert.Contains("SPOTIFY_REFRESH_TOKEN is not set", error);
        Assert.DoesNotContain("SPOTIFY_CLIENT_ID is not set", error);
        Assert.Empty(sandbox.State.Read().Runs);
    }

    /// <summary>The library sync alone, under the run lock as a full run holds it.</summary>
    private static async Task<LibrarySyncRecord> RunAsync(CompanionSandbox sandbox, Action<string> terminal)
    {
        var configuration = sandbox.Configuration();
        var runId = RunIds.New(DateTimeOffset.UtcNow);
        using var held = SyncLock.TryAcquire(configuration.LockFile, runId, out _, out _)!;
        var sync = new CoreLibrarySync(configuration, new LoggerConfiguration().CreateLogger(), new SystemClock(TimeProvider.System), terminal);
        return await sync.RunAsync(runId, CancellationToken.None);
    }
}

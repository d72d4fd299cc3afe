using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text;
using System.Threading.Tasks;
using System;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Downloads;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Sync;
using SpotifySync.Core.Sync;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>The download workflow against the Notion simulator on loopback and the stand-in yt-dlp.</summary>
public sealed class DownloadWorkflowTests
{
    [Fact]
    public async Task A_pending_track_is_searched_matched_by_title_and_duration_downloaded_and_written_back()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var page = sandbox.AddTrack("Midnight City", "M83", 243);

        var result = await SyncRuns.RunAsync(sandbox);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var written = sandbox.Page(page);
        Assert.Equal("Downloaded", written.Select("Download Status"));
        Assert.True(written.Checkbox("Downloaded"));
        // The 410-second extended mix also matches the words, but not the length.
        Assert.Equal("https://soundcloud.com/m83/midnight-city", written.Url("SoundCloud URL"));
        Assert.Equal(Path.Combine(sandbox.DownloadDir, "M83 - Midnight City.[1001].mp3"), written.Text("File Path"));
        Assert.Equal("audio of 1001", File.ReadAllText(written.Text("File Path")));
        Assert.Contains(sandbox.YtDlpCalls(), c => c == "-J --no-warnings --no-playlist scsearch5:M83 Midnight City");
        var download = Assert.Single(sandbox.Downloads());
        Assert.Contains("-x --audio-format mp3 --embed-metadata --download-archive", download);
        Assert.Contains("--print after_move:filepath", download);
        // Tagged with the track's own title and artist, as the Notion page has them (the real yt-dlp's tests read the tags back).
        Assert.Contains("--parse-metadata ␟Midnight City␟:␟(?P<meta_title>.+)␟ --parse-metadata ␟M83␟:␟(?P<meta_artist>.+)␟", download);
        var run = Assert.Single(sandbox.State.Read().Runs);
        Assert.Equal((RunOutcomes.Succeeded, 1, 1, 0, 0), (run.Outcome, run.Pending, run.Downloaded, run.NotFound, run.Failed));
    }

    [Fact]
    public async Task A_title_too_long_for_a_file_name_in_UTF_8_is_trimmed_by_yt_dlp_and_the_file_keeps_its_id()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        // 109 characters and 367 bytes: Cyrillic (2 bytes each), CJK (3), emoji (4), and a dot, before which alone
        // yt-dlp would trim a name that ends in " [id].ext".
        var title = "Ночь. " + new string('夜', 60) + string.Concat(Enumerable.Repeat("🎵", 40)) + " Ночь";
        const string url = "https://soundcloud.com/kino/night";
        File.WriteAllText(sandbox.CatalogFile, JsonSerializer.Serialize(new[] { new { id = "9001", title, uploader = "Кино", duration = 200.0, webpage_url = url, extractor_key = "Soundcloud" } }));
        var page = sandbox.AddTrack(title, "Кино", 200, soundCloudUrl: url);

        var result = await ToolProcess.RunAsync(sandbox.Environment, "sync");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var path = sandbox.Page(page).Text("File Path");
        var name = Path.GetFileName(path);
        Assert.Equal("Кино - Ночь. " + new string('夜', 37) + ".[9001].mp3", name);
        Assert.True(Encoding.UTF8.GetByteCount(name) <= 255, $"{name} has {Encoding.UTF8.GetByteCount(name)} bytes.");
        Assert.Equal("audio of 9001", File.ReadAllText(path));
        Assert.Contains($" --trim-filenames {YtDlp.TrimmedNameLength} ", Assert.Single(sandbox.Downloads()));
    }

    [Fact]
    public async Task yt_dlp_runs_without_the_companions_secrets_in_its_environment()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var names = Path.Combine(sandbox.Root, "yt-dlp-environment");
        sandbox.Set("STANDIN_YTDLP_ENV", names);
        sandbox.Set("WEBHOOK_SECRET", "a-webhook-secret");
        sandbox.Set("SPOTIFY_CLIENT_SECRET", "a-client-secret");
        sandbox.AddTrack("Midnight City", "M83", 243);

        var result = await SyncRuns.RunAsync(sandbox);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var calls = File.ReadAllLines(names).Select(line => line.Split(' ')).ToList();
        Assert.Equal(3, calls.Count);
        Assert.All(calls, call =>
        {
            Assert.Contains("STANDIN_YTDLP_CATALOG", call);
            Assert.DoesNotContain("NOTION_TOKEN", call);
            Assert.DoesNotContain("WEBHOOK_SECRET", call);
            Assert.DoesNotContain("SPOTIFY_CLIENT_SECRET", call);
        });
    }

    [Fact]
    public async Task A_track_with_a_SoundCloud_URL_is_downloaded_from_it_without_a_search()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var page = sandbox.AddTrack("Teardrop (Live)", "Massive Attack", 100, status: null, soundCloudUrl: "https://soundcloud.com/massiveattack/teardrop");

        await SyncRuns.RunAsync(sandbox);

        Assert.Equal("Downloaded", sandbox.Page(page).Select("Download Status"));
        Assert.DoesNotContain(sandbox.YtDlpCalls(), c => c.Contains("scsearch", StringComparison.Ordinal));
        Assert.Equal(Path.Combine(sandbox.DownloadDir, "Massive Attack - Teardrop.[2001].mp3"), sandbox.Page(page).Text("File Path"));
    }

    [Fact]
    public async Task No_acceptable_match_is_Not_Found_and_a_failing_download_is_Failed_with_a_retry_time()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("STANDIN_YTDLP_FAIL_IDS", "4001");
        var unknown = sandbox.AddTrack("Song Nobody Uploaded", "Nobody", 180);
        var wrongLength = sandbox.AddTrack("Windowlicker", "Aphex Twin", 200);
        var broken = sandbox.AddTrack("Bad Track", "Broken", 200);
        var before = DateTimeOffset.UtcNow;

        var result = await SyncRuns.RunAsync(sandbox);

        Assert.Equal(ExitCodes.CompletedWithErrors, result.ExitCode);
        Assert.Equal("Not Found", sandbox.Page(unknown).Select("Download Status"));
        Assert.Equal("Not Found", sandbox.Page(wrongLength).Select("Download Status"));
        Assert.Equal("Failed", sandbox.Page(broken).Select("Download Status"));
        Assert.False(sandbox.Page(broken).Checkbox("Downloaded"));
        var record = sandbox.State.Read().Downloads[broken];
        Assert.Equal(1, record.Attempts);
        Assert.Contains("HTTP Error 403: Forbidden", record.LastError);
        // The stand-in had written part of the file when the download failed: nothing of it is left.
        Assert.Empty(Directory.GetFileSystemEntries(sandbox.DownloadDir));
        Assert.InRange(DateTimeOffset.Parse(record.NextAttemptAt!, System.Globalization.CultureInfo.InvariantCulture) - before, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(16));
        var run = sandbox.State.Read().Runs[0];
        Assert.Equal((RunOutcomes.CompletedWithErrors, 2, 1), (run.Outcome, run.NotFound, run.Failed));
    }

    [Fact]
    public async Task A_track_is_never_downloaded_twice_even_when_Notion_was_not_told()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var page = sandbox.AddTrack("Midnight City", "M83", 244);
        await SyncRuns.RunAsync(sandbox);
        // As if the earlier run had died after yt-dlp saved the file but before Notion was written.
        sandbox.Notion.Workspace.EditAsPerson(page, "Download Status", "Pending");
        sandbox.Notion.Workspace.EditAsPerson(page, "Downloaded", false);

        await SyncRuns.RunAsync(sandbox);

        Assert.Single(sandbox.Downloads());
        Assert.Equal("Downloaded", sandbox.Page(page).Select("Download Status"));
        Assert.Equal(Path.Combine(sandbox.DownloadDir, "M83 - Midnight City.[1001].mp3"), sandbox.Page(page).Text("File Path"));
    }

    [Fact]
    public async Task The_archive_keeps_yt_dlp_from_fetching_again_and_the_saved_file_is_found_by_its_id()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var first = sandbox.AddTrack("Midnight City", "M83", 244);
        await SyncRuns.RunAsync(sandbox);
        // A second page for the same track (a duplicate a person made): yt-dlp's archive skips it, printing no path.
        sandbox.State.Update(s => s.Downloads.Clear());
        var second = sandbox.AddTrack("Midnight City", "M83", 244);

        await SyncRuns.RunAsync(sandbox);

        Assert.Equal(2, sandbox.Downloads().Count);
        Assert.Single(Directory.GetFiles(sandbox.DownloadDir));
        Assert.Equal(sandbox.Page(first).Text("File Path"), sandbox.Page(second).Text("File Path"));
        Assert.Equal("Downloaded", sandbox.Page(second).Select("Download Status"));
    }

    [Fact]
    public async Task A_full_run_sets_tracks_whose_file_is_gone_back_to_Pending_and_downloads_them_again()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var gone = sandbox.AddTrack("Teardrop", "Massive Attack", 330, soundCloudUrl: "https://soundcloud.com/massiveattack/teardrop");
        var present = Path.Combine(sandbox.Root, "kept.mp3");
        File.WriteAllText(present, "audio");
        var kept = sandbox.AddTrack("Windowlicker", "Aphex Twin", 366, status: "Downloaded", downloaded: true, filePath: present);
        await SyncRuns.RunAsync(sandbox, SyncModes.Incremental);
        var file = Path.Combine(sandbox.DownloadDir, "Massive Attack - Teardrop.[2001].mp3");
        Assert.Equal(file, sandbox.Page(gone).Text("File Path"));
        // The person deletes the file; yt-dlp's archive still lists the track.
        File.Delete(file);

        var incremental = await SyncRuns.RunAsync(sandbox, SyncModes.Incremental);
        Assert.Equal(0, incremental.Run!.MissingFiles);
        Assert.Equal("Downloaded", sandbox.Page(gone).Select("Download Status"));

        var full = await SyncRuns.RunAsync(sandbox, SyncModes.Full);

        Assert.Equal((1, 1, 0), (full.Run!.MissingFiles, full.Run.Downloaded, full.Run.Failed));
        Assert.Equal("Downloaded", sandbox.Page(gone).Select("Download Status"));
        Assert.Equal(file, sandbox.Page(gone).Text("File Path"));
        Assert.Equal("audio of 2001", File.ReadAllText(file));
        // The first download, the one the archive skipped (no file), and the one after its line was removed.
        Assert.Equal(3, sandbox.Downloads().Count(c => c.EndsWith("https://soundcloud.com/massiveattack/teardrop", StringComparison.Ordinal)));
        Assert.Equal(["soundcloud 2001"], File.ReadAllLines(Path.Combine(sandbox.Home, "download-archive.txt")));
        Assert.Equal(present, sandbox.Page(kept).Text("File Path"));
    }

    [Fact]
    public async Task A_full_run_retries_a_Failed_download_only_once_its_pause_is_over_and_only_up_to_the_attempt_limit()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("STANDIN_YTDLP_FAIL_IDS", "4001");
        sandbox.Set("SPOTIFY_SYNC_MAX_DOWNLOAD_ATTEMPTS", "2");
        var page = sandbox.AddTrack("Bad Track", "Broken", 200);
        var clock = new ManualTime(DateTimeOffset.UtcNow);
        await SyncRuns.RunAsync(sandbox, SyncModes.Incremental, clock);
        Assert.Single(sandbox.Downloads());

        clock.Advance(TimeSpan.FromMinutes(10));
        var early = await SyncRuns.RunAsync(sandbox, SyncModes.Full, clock);
        Assert.Equal(0, early.Run!.Retried);
        Assert.Single(sandbox.Downloads());

        clock.Advance(TimeSpan.FromMinutes(6));
        var due = await SyncRuns.RunAsync(sandbox, SyncModes.Full, clock);
        Assert.Equal(1, due.Run!.Retried);
        Assert.Equal(2, sandbox.Downloads().Count);
        Assert.Equal(2, sandbox.State.Read().Downloads[page].Attempts);

        clock.Advance(TimeSpan.FromDays(2));
        var exhausted = await SyncRuns.RunAsync(sandbox, SyncModes.Full, clock);
        Assert.Equal(0, exhausted.Run!.Retried);
        Assert.Equal(2, sandbox.Downloads().Count);
        Assert.Equal("Failed", sandbox.Page(page).Select("Download Status"));
    }

    [Fact]
    public async Task A_run_that_an_error_ends_midway_records_the_tracks_it_handled_before()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var missing = sandbox.AddTrack("Nowhere To Be Found", "Nobody", 200);
        sandbox.AddTrack("Midnight City", "M83", 244);
        // The download folder cannot be made: the second track's download throws, as a file name too long for the file system did.
        var notAFolder = Path.Combine(sandbox.Root, "not-a-folder");
        File.WriteAllText(notAFolder, "");
        sandbox.Set("SPOTIFY_SYNC_DOWNLOAD_DIR", notAFolder);

        var result = await SyncRuns.RunAsync(sandbox);

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Equal("Not Found", sandbox.Page(missing).Select("Download Status"));
        var run = Assert.Single(sandbox.State.Read().Runs);
        Assert.Equal((RunOutcomes.Failed, 2, 0, 1, 0), (run.Outcome, run.Pending, run.Downloaded, run.NotFound, run.Failed));
    }

    [Fact]
    public async Task A_download_that_takes_longer_than_the_timeout_is_stopped_and_Failed()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        // The slow one hangs for an hour, having written part of its file.
        sandbox.Set("STANDIN_YTDLP_SLOW_IDS", "2001");
        sandbox.Set("SPOTIFY_SYNC_DOWNLOAD_TIMEOUT_SECONDS", "5");
        var slow = sandbox.AddTrack("Teardrop", "Massive Attack", 330);
        var quick = sandbox.AddTrack("Midnight City", "M83", 244);
        var clock = new ManualTime(DateTimeOffset.UtcNow);

        var run = SyncRuns.RunAsync(sandbox, time: clock);
        await sandbox.WaitForPartialFileAsync();
        clock.Advance(TimeSpan.FromSeconds(5));
        await run.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal("Failed", sandbox.Page(slow).Select("Download Status"));
        Assert.Contains("did not finish within 5 s", sandbox.State.Read().Downloads[slow].LastError);
        Assert.Equal("Downloaded", sandbox.Page(quick).Select("Download Status"));
        // The stopped download's partial file went with it.
        Assert.Equal([sandbox.Page(quick).Text("File Path")], Directory.GetFileSystemEntries(sandbox.DownloadDir));
    }

    [Fact]
    public async Task A_run_with_nothing_to_download_never_starts_yt_dlp_so_a_missing_one_does_not_fail_it()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        sandbox.AddTrack("Midnight City", "M83", 244, status: "Downloaded", downloaded: true);

        var idle = await ToolProcess.RunAsync(sandbox.Environment, "sync", "--scheduled");
        sandbox.Set("SPOTIFY_SYNC_YTDLP", Path.Combine(sandbox.Root, "no-such-yt-dlp"));
        var withoutYtDlp = await ToolProcess.RunAsync(sandbox.Environment, "sync", "--scheduled");

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (idle.ExitCode, withoutYtDlp.ExitCode));
        Assert.Contains("0 track(s) to download", idle.Output);
        Assert.Empty(sandbox.YtDlpCalls());
    }

    [Fact]
    public async Task A_missing_yt_dlp_stops_the_run_with_its_exit_code_and_an_install_hint()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("SPOTIFY_SYNC_YTDLP", Path.Combine(sandbox.Root, "no-such-yt-dlp"));
        var page = sandbox.AddTrack("Midnight City", "M83", 244);

        var result = await SyncRuns.RunAsync(sandbox);

        Assert.Equal(ExitCodes.YtDlpMissing, result.ExitCode);
        Assert.Contains("apt-get install yt-dlp", result.Message);
        Assert.Contains("pipx install yt-dlp", result.Message);
        Assert.Equal("Pending", sandbox.Page(page).Select("Download Status"));
    }

    [Fact]
    public async Task A_yt_dlp_too_old_for_the_companions_options_stops_the_run_with_its_exit_code_before_any_download()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("STANDIN_YTDLP_VERSION", "2021.12.27");
        var page = sandbox.AddTrack("Midnight City", "M83", 244);

        var result = await SyncRuns.RunAsync(sandbox);

        Assert.Equal(ExitCodes.YtDlpMissing, result.ExitCode);
        Assert.Contains("is version 2021.12.27, older than 2022.02.03", result.Message);
        Assert.Contains("pipx upgrade yt-dlp", result.Message);
        Assert.Equal(["--version"], sandbox.YtDlpCalls());
        Assert.Equal("Pending", sandbox.Page(page).Select("Download Status"));
    }

    [Theory]
    [InlineData("2022.02.03")]
    [InlineData("2023.03.04")]
    [InlineData("2024.05.27.232723")]
    [InlineData("a build of one's own")]
    public void A_release_from_the_oldest_that_works_on_and_a_version_that_is_no_date_are_let_run(string version) =>
        Assert.False(YtDlpVersions.IsTooOld(version));

    [Fact]
    public async Task A_wrong_Notion_token_ends_the_run_with_the_Notion_exit_code_and_the_fix()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("NOTION_TOKEN", "secret_wrong");

        var result = await SyncRuns.RunAsync(sandbox);

        Assert.Equal(ExitCodes.Notion, result.ExitCode);
        Assert.Contains("401", result.Message);
        Assert.Contains("NOTION_TOKEN", result.Message);
    }
}

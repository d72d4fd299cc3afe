using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Downloads;
using SpotifySync.Companion.Locking;
using SpotifySync.Core.Sync;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// The download workflow with the real yt-dlp and ffmpeg (Debian's, which CI installs), against tracks served on
/// 127.0.0.1 by <see cref="AudioSite"/>, each a track's SoundCloud URL as a person would set it: what the stand-in
/// yt-dlp of the other tests cannot show, that the command lines the companion builds work with the real program.
/// Skipped, saying why, where the programs are missing (<see cref="RealPrograms"/>); CI requires them.
/// </summary>
public sealed class RealYtDlpTests(AudioSite site) : IClassFixture<AudioSite>
{
    [RealYtDlpFact]
    public async Task A_tracks_URL_is_downloaded_in_the_configured_format_tagged_with_the_tracks_title_and_artist_written_back_and_archived_once()
    {
        await using var sandbox = await StartAsync();
        sandbox.Set("SPOTIFY_SYNC_AUDIO_FORMAT", "m4a");
        // The upload's title and uploader are not the track's, as on SoundCloud: the file is named by the upload and tagged as the track.
        var url = site.Add("9001", "Teardrop (Official Audio)", "massiveattackofficial");
        var page = sandbox.AddTrack("Teardrop", "Massive Attack", 3, soundCloudUrl: url);

        var result = await ToolProcess.RunAsync(sandbox.Environment, "sync");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var path = Path.Combine(sandbox.DownloadDir, "massiveattackofficial - Teardrop (Official Audio).[9001].m4a");
        Assert.Equal(("Downloaded", true, path, url), (sandbox.Page(page).Select("Download Status"), sandbox.Page(page).Checkbox("Downloaded"), sandbox.Page(page).Text("File Path"), sandbox.Page(page).Url("SoundCloud URL")));
        AssertAudio(path, "aac", "Teardrop", "Massive Attack");
        Assert.Equal(["generic 9001"], Archive(sandbox));
        Assert.Equal([path], Directory.GetFileSystemEntries(sandbox.DownloadDir));

        // A second page for the same upload (a duplicate a person made): yt-dlp's archive skips it, and the file saved is found by its id.
        var duplicate = sandbox.AddTrack("Teardrop", "Massive Attack", 3, soundCloudUrl: url);
        var second = await SyncRuns.RunAsync(sandbox);

        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Equal(("Downloaded", path), (sandbox.Page(duplicate).Select("Download Status"), sandbox.Page(duplicate).Text("File Path")));
        Assert.Equal(1, site.AudioRequests("9001"));
        Assert.Equal(["generic 9001"], Archive(sandbox));
        Assert.Empty(RealPrograms.ProcessesNaming(sandbox.Root));
    }

    [RealYtDlpFact]
    public async Task A_deleted_file_is_downloaded_again_once_its_archive_line_is_removed_whatever_its_extractor()
    {
        await using var sandbox = await StartAsync();
        var page = sandbox.AddTrack("Teardrop", "Massive Attack", 3, soundCloudUrl: site.Add("9002", "Teardrop", "Massive Attack"));
        await SyncRuns.RunAsync(sandbox);
        var path = sandbox.Page(page).Text("File Path");
        File.Delete(path);

        // A full run sets the track whose file is gone back to Pending, and downloads it again.
        var again = await SyncRuns.RunAsync(sandbox, SyncModes.Full);

        Assert.Equal((ExitCodes.Success, 1, 1), (again.ExitCode, again.Run!.MissingFiles, again.Run.Downloaded));
        Assert.Equal(("Downloaded", path), (sandbox.Page(page).Select("Download Status"), sandbox.Page(page).Text("File Path")));
        AssertAudio(path, "mp3", "Teardrop", "Massive Attack");
        Assert.Equal(2, site.AudioRequests("9002"));
        Assert.Equal(["generic 9002"], Archive(sandbox));
    }

    [RealYtDlpFact]
    public async Task A_title_longer_than_255_bytes_of_UTF_8_is_saved_under_a_trimmed_name_and_tagged_whole()
    {
        await using var sandbox = await StartAsync();
        // 108 characters and 366 bytes: Cyrillic (2 bytes each), CJK (3), emoji (4); the colon and the percent sign
        // are what yt-dlp's --parse-metadata reads as syntax. The track's own title is longer still, and is the tag.
        var upload = "Ночь: " + new string('夜', 60) + string.Concat(Enumerable.Repeat("🎵", 40)) + " 100%";
        var title = upload + " (Live: 夜 100%)";
        var page = sandbox.AddTrack(title, "Кино", 3, soundCloudUrl: site.Add("9003", upload, "kino-official"));

        var result = await SyncRuns.RunAsync(sandbox);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var path = sandbox.Page(page).Text("File Path");
        var name = Path.GetFileName(path);
        // yt-dlp writes a colon in a name as a full-width one, and keeps 50 characters of "uploader - title".
        Assert.Equal("kino-official - Ночь： " + new string('夜', 28) + ".[9003].mp3", name);
        Assert.True(Encoding.UTF8.GetByteCount(name) <= 255, $"{name} has {Encoding.UTF8.GetByteCount(name)} bytes.");
        AssertAudio(path, "mp3", title, "Кино");
    }

    [RealYtDlpTheory]
    [InlineData("not audio", "Postprocessing")]
    [InlineData("a page without audio", "Unsupported URL")]
    [InlineData("a 404", "Unable to download webpage: HTTP Error 404: Not Found")]
    public async Task A_URL_that_gives_no_audio_ends_Failed_with_the_reason_and_leaves_no_file_or_process(string what, string reason)
    {
        await using var sandbox = await StartAsync();
        var url = what switch
        {
            "not audio" => site.Add("9010", "Teardrop", "Massive Attack", serving: AudioSite.Serving.NotAudio),
            "a page without audio" => site.PlainPage,
            _ => site.PageOf("9011"),
        };
        var page = sandbox.AddTrack("Teardrop", "Massive Attack", 3, soundCloudUrl: url);

        var result = await SyncRuns.RunAsync(sandbox);

        Assert.Equal(ExitCodes.CompletedWithErrors, result.ExitCode);
        AssertFailed(sandbox, page, reason);
    }

    [RealYtDlpTheory]
    [InlineData(AudioSite.Serving.StalledPage)]
    [InlineData(AudioSite.Serving.StalledAudio)]
    public async Task A_server_that_stalls_has_yt_dlp_killed_at_the_timeout_and_the_track_Failed_with_no_partial_file_or_process_left(AudioSite.Serving stall)
    {
        await using var sandbox = await StartAsync();
        var id = stall == AudioSite.Serving.StalledPage ? "9020" : "9021";
        var page = sandbox.AddTrack("Teardrop", "Massive Attack", 3, soundCloudUrl: site.Add(id, "Teardrop", "Massive Attack", serving: stall));
        var clock = new ManualTime(DateTimeOffset.UtcNow);

        var run = SyncRuns.RunAsync(sandbox, time: clock);
        await site.Stalled(id).WaitAsync(TimeSpan.FromMinutes(2));
        // Stalled halfway through the audio, yt-dlp has written half of the file.
        if (stall == AudioSite.Serving.StalledAudio) await sandbox.WaitForPartialFileAsync();
        clock.Advance(sandbox.Configuration().DownloadTimeout);
        var result = await run.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(ExitCodes.CompletedWithErrors, result.ExitCode);
        AssertFailed(sandbox, page, "did not finish within 600 s and was stopped");
    }

    /// <summary>
    /// Issue 14's orphans, with the real programs: <c>kill -9</c> of a sync while its yt-dlp downloads, or while the
    /// ffmpeg that yt-dlp started converts. yt-dlp dies with the companion (its death signal), but ffmpeg, its child,
    /// does not, and with its parent gone no process tree leads to it: the next run finds it in yt-dlp's process group
    /// and ends it before it downloads the track again. ffmpeg is held where it is by its output: the test puts a FIFO
    /// where ffmpeg writes the converted file, which blocks ffmpeg's open until a reader comes, and none does.
    /// </summary>
    [RealYtDlpTheory]
    [InlineData("downloading")]
    [InlineData("converting")]
    public async Task A_sync_killed_with_9_while_yt_dlp_is_downloading_or_ffmpeg_converting_leaves_no_process_and_the_next_run_downloads_once(string stage)
    {
        await using var sandbox = await StartAsync();
        var id = stage == "downloading" ? "9050" : "9051";
        var url = site.Add(id, "Teardrop", "Massive Attack", serving: AudioSite.Serving.HeldAudio);
        var page = sandbox.AddTrack("Teardrop", "Massive Attack", 3, soundCloudUrl: url);

        using var killed = ToolProcess.Start(sandbox.Environment, "sync");
        var holder = await sandbox.WaitForLockAsync(killed.Pid);
        await site.Stalled(id).WaitAsync(TimeSpan.FromMinutes(2));
        await sandbox.WaitForPartialFileAsync();
        var ytDlp = Assert.Single(SyncLock.Read(sandbox.LockFile)!.Children!);
        ProcessIdentity? ffmpeg = null;
        try
        {
            if (stage == "converting")
            {
                // yt-dlp names the converted file as the downloaded one with the audio format's extension.
                var part = Assert.Single(Directory.GetFiles(Path.Combine(sandbox.DownloadDir, YtDlp.PartialFolderName), "*.part"));
                var converted = Path.ChangeExtension(part[..^".part".Length], "mp3");
                RealPrograms.Run("mkfifo", converted);
                site.Release(id);
                ffmpeg = await RealPrograms.WaitForProcessAsync(commandLine => commandLine.StartsWith("ffmpeg ", StringComparison.Ordinal) && commandLine.Contains(converted, StringComparison.Ordinal));
                // Past its start, whose writes to yt-dlp's pipes would end it once yt-dlp is gone, and held there.
                await RealPrograms.WaitUntilOpeningFifoAsync(ffmpeg);
            }
            killed.Kill();
            await killed.WaitAsync();
            await RealPrograms.WaitUntilGoneAsync(ytDlp);
            // Left on its own, ffmpeg would wait on its output for ever.
            if (ffmpeg is not null) Assert.True(ffmpeg.IsRunning());

            site.Add(id, "Teardrop", "Massive Attack");
            var next = await ToolProcess.RunAsync(sandbox.Environment, "sync");

            Assert.Equal(ExitCodes.Success, next.ExitCode);
            Assert.Empty(RealPrograms.ProcessesNaming(sandbox.Root));
            var log = File.ReadAllText(Path.Combine(sandbox.Home, "logs", "sync.log"));
            Assert.True(ffmpeg is not null == log.Contains($"Ended process {ytDlp.Pid}, which run {holder.RunId} started and left running", StringComparison.Ordinal), log);
            var path = sandbox.Page(page).Text("File Path");
            Assert.Equal(("Downloaded", true), (sandbox.Page(page).Select("Download Status"), sandbox.Page(page).Checkbox("Downloaded")));
            AssertAudio(path, "mp3", "Teardrop", "Massive Attack");
            Assert.Equal([path], Directory.GetFileSystemEntries(sandbox.DownloadDir));
            Assert.Equal([$"generic {id}"], Archive(sandbox));
            // The killed run's request, and the next run's: one whole download.
            Assert.Equal(2, site.AudioRequests(id));
        }
        finally
        {
            // A failed assertion must not leave a blocked ffmpeg behind.
            ffmpeg?.End(TimeSpan.FromMinutes(1));
        }
    }

    [RealYtDlpFact]
    public async Task yt_dlp_J_on_a_tracks_URL_gives_the_candidate_the_matcher_reads()
    {
        await using var sandbox = await StartAsync();
        var url = site.Add("9030", "Teardrop", "Massive Attack", 330);
        var track = new PendingTrack("page", "Teardrop", "Massive Attack", 331, url, "Pending", false, "");

        var candidates = await YtDlpOf(sandbox).InspectAsync(url, CancellationToken.None);

        var candidate = Assert.Single(candidates);
        Assert.Equal(new YtDlpCandidate("9030", "Teardrop", "Massive Attack", 330, url), candidate);
        Assert.Same(candidate, TrackMatcher.Best(track, candidates));
    }

    /// <summary>
    /// The stand-in yt-dlp of the other tests stays honest: each field its catalog holds (the fields the companion
    /// reads) is in the real yt-dlp's <c>-J</c> of a track, as the same kind of JSON value; and given that track, the
    /// stand-in gives the companion's own code what the real one gives: the same candidate, the same file name, the
    /// same archive line.
    /// </summary>
    [RealYtDlpFact]
    public async Task The_stand_in_gives_the_companion_what_the_real_yt_dlp_gives_for_the_same_track()
    {
        await using var sandbox = await StartAsync();
        var url = site.Add("9040", "Teardrop", "Massive Attack");
        var track = new PendingTrack("page", "Teardrop", "Massive Attack", 3, url, "Pending", false, "");
        using var real = JsonDocument.Parse(RealPrograms.Run(RealPrograms.YtDlp, "-J", "--no-warnings", "--no-playlist", url));
        using var catalogEntry = JsonDocument.Parse(JsonSerializer.Serialize(CompanionSandbox.Catalog[0]));
        foreach (var field in catalogEntry.RootElement.EnumerateObject())
            Assert.True(real.RootElement.TryGetProperty(field.Name, out var value) && value.ValueKind == field.Value.ValueKind, $"yt-dlp -J gives {field.Name} as {(real.RootElement.TryGetProperty(field.Name, out var v) ? v.ValueKind : "nothing")}, the stand-in as {field.Value.ValueKind}.");
        File.WriteAllText(sandbox.CatalogFile, JsonSerializer.Serialize(new[] { catalogEntry.RootElement.EnumerateObject().ToDictionary(f => f.Name, f => real.RootElement.GetProperty(f.Name)) }));

        var (realCandidate, realPath, realArchive) = await DownloadAsync("real");
        sandbox.Set("SPOTIFY_SYNC_YTDLP", CompanionSandbox.StandIn("yt-dlp"));
        var (standInCandidate, standInPath, standInArchive) = await DownloadAsync("stand-in");

        Assert.Equal(realCandidate, standInCandidate);
        Assert.Equal(Path.GetFileName(realPath), Path.GetFileName(standInPath));
        Assert.Equal(["generic 9040"], realArchive);
        Assert.Equal(realArchive, standInArchive);

        // Each in a home and download folder of its own.
        async Task<(YtDlpCandidate, string, string[])> DownloadAsync(string folder)
        {
            sandbox.Set("SPOTIFY_SYNC_HOME", Path.Combine(sandbox.Root, folder));
            sandbox.Set("SPOTIFY_SYNC_DOWNLOAD_DIR", Path.Combine(sandbox.Root, folder, "music"));
            var ytDlp = YtDlpOf(sandbox);
            var candidate = Assert.Single(await ytDlp.InspectAsync(url, CancellationToken.None));
            var path = await ytDlp.DownloadAsync(track, candidate, CancellationToken.None);
            return (candidate, path, Archive(sandbox));
        }
    }

    /// <summary>A sandbox whose yt-dlp is the real one.</summary>
    private async Task<CompanionSandbox> StartAsync()
    {
        var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("SPOTIFY_SYNC_YTDLP", RealPrograms.YtDlp);
        // The audio site is up, or says why not.
        _ = site.Address;
        return sandbox;
    }

    private static YtDlp YtDlpOf(CompanionSandbox sandbox)
    {
        var configuration = sandbox.Configuration();
        return YtDlp.For(configuration, TimeProvider.System, new RunChildren(configuration.LockFile, "a test's run"));
    }

    private static string[] Archive(CompanionSandbox sandbox) => File.ReadAllLines(sandbox.Configuration().DownloadArchive);

    /// <summary>ffprobe reads the file as audio in <paramref name="codec"/>, tagged with the title and artist.</summary>
    private static void AssertAudio(string path, string codec, string title, string artist)
    {
        using var probe = RealPrograms.Probe(path);
        var root = probe.RootElement;
        Assert.Equal(codec, Assert.Single(root.GetProperty("streams").EnumerateArray()).GetProperty("codec_name").GetString());
        var tags = root.GetProperty("format").GetProperty("tags");
        Assert.Equal((title, artist), (tags.GetProperty("title").GetString(), tags.GetProperty("artist").GetString()));
    }

    /// <summary>The track is Failed with the reason, and nothing of its download is left: no file, no partial folder, no process.</summary>
    private static void AssertFailed(CompanionSandbox sandbox, string page, string reason)
    {
        Assert.Equal(("Failed", false, ""), (sandbox.Page(page).Select("Download Status"), sandbox.Page(page).Checkbox("Downloaded"), sandbox.Page(page).Text("File Path")));
        var error = sandbox.State.Read().Downloads[page].LastError;
        Assert.Contains(reason, error);
        // Not yt-dlp's request to report a bug, which it adds to errors it did not foresee, a 404 among them.
        Assert.DoesNotContain("please report this issue", error);
        Assert.Empty(Directory.Exists(sandbox.DownloadDir) ? Directory.GetFileSystemEntries(sandbox.DownloadDir) : []);
        Assert.Empty(RealPrograms.ProcessesNaming(sandbox.Root));
    }
}

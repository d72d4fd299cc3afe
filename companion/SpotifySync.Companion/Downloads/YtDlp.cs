using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CliWrap;
using CliWrap.Buffered;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Locking;
using SpotifySync.Companion.Processes;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Downloads;

/// <summary>
/// yt-dlp as the download workflow runs it (flags from yt-dlp's README, "Usage and options"): <c>-J</c> to see a URL's track or a
/// search's candidates without downloading, then one download of the chosen URL with audio extraction, embedded
/// metadata, the download archive (a track in it is never fetched again) and <c>--print after_move:filepath</c> for
/// the saved file's path. Every run is stopped after the per-track timeout, gets the configuration's environment, dies
/// with the companion where the system allows it (<see cref="TiedChildren"/>), and is kept in the lock file while it
/// runs (<see cref="RunChildren"/>), so that the next run ends it when the companion was killed and it was not.
/// </summary>
public sealed class YtDlp(string program, string downloadDir, string archive, string audioFormat, TimeSpan timeout, IReadOnlyDictionary<string, string?> environment, TimeProvider time, RunChildren children) : IDownloader
{
    /// <summary>
    /// The file name template: the id in brackets lets a file be found again when the archive skips a download. The
    /// dot before it is for <see cref="TrimmedNameLength"/>: yt-dlp trims what comes before the last two dots
    /// (<c>no_ext, *ext = filename.rsplit('.', 2)</c> in its <c>_prepare_filename</c>), so with <c>" [id].ext"</c> a
    /// long title lost its id, and a title with a dot in it was not trimmed at all. With <c>".[id].ext"</c> the two
    /// last parts are always the id and the extension, and only uploader and title are trimmed.
    /// </summary>
    public const string OutputTemplate = "%(uploader)s - %(title)s.[%(id)s].%(ext)s";

    /// <summary>yt-dlp as the configuration sets it up, its children kept in <paramref name="children"/>.</summary>
    public static YtDlp For(CompanionConfiguration configuration, TimeProvider time, RunChildren children) =>
        new(configuration.YtDlp, configuration.DownloadDir, configuration.DownloadArchive, configuration.AudioFormat, configuration.DownloadTimeout, configuration.Environment, time, children);

    /// <summary>
    /// <c>--trim-filenames</c>: how many characters of "uploader - title" a file name keeps. File systems (ext4, APFS,
    /// Btrfs, XFS) allow 255 bytes a name, and yt-dlp counts characters, which UTF-8 writes in up to 4 bytes (2 a
    /// Cyrillic letter, 3 a CJK one, 4 an emoji): 50 characters are at most 200 bytes. The rest is not trimmed:
    /// <c>.[id]</c> (SoundCloud ids are digits, at most 19 for a 64-bit number: 22 bytes), the extension (<c>.opus</c>,
    /// 5), and what yt-dlp adds while it works (<c>.part</c>, HLS fragments' <c>-Frag12345.part</c>, 20), 247 bytes in
    /// all. A longer limit would let titles in Latin letters keep more, and a title of emoji break the download
    /// (<c>[Errno 36] File name too long</c>).
    /// </summary>
    public const int TrimmedNameLength = 50;

    /// <summary>
    /// How long <c>yt-dlp --version</c> may take: its own limit, not the per-track timeout, because a Python start on
    /// a loaded machine can outlast a short download timeout and would fail a run that has nothing wrong with it.
    /// </summary>
    public static readonly TimeSpan VersionTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs <c>yt-dlp --version</c>.</summary>
    /// <exception cref="YtDlpUnusableException">It cannot be started, does not answer, or is older than <see cref="YtDlpVersions.Oldest"/>.</exception>
    public async Task<string> VersionAsync(CancellationToken cancellation)
    {
        var result = await RunAsync(["--version"], VersionTimeout, cancellation, missingIsError: true);
        if (result.ExitCode != 0) throw YtDlpUnusableException.CannotRun(program, $"`{program} --version` exited with {result.ExitCode}");
        var version = result.StandardOutput.Trim();
        if (YtDlpVersions.IsTooOld(version)) throw YtDlpUnusableException.TooOld(program, version);
        return version;
    }

    /// <summary>The candidates of a search (<c>scsearch5:…</c>) or the one track of a URL; empty when nothing matched.</summary>
    public async Task<IReadOnlyList<YtDlpCandidate>> InspectAsync(string target, CancellationToken cancellation)
    {
        var result = await RunAsync(["-J", "--no-warnings", "--no-playlist", target], timeout, cancellation);
        if (result.ExitCode != 0) throw new YtDlpException(Reason(result.StandardError) ?? $"yt-dlp -J exited with {result.ExitCode}");
        using var document = JsonDocument.Parse(result.StandardOutput);
        var root = document.RootElement;
        var entries = root.TryGetProperty("entries", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [root];
        return entries.Where(e => e.ValueKind == JsonValueKind.Object).Select(Candidate).OfType<YtDlpCandidate>().ToList();
    }

    /// <summary>
    /// Downloads <paramref name="candidate"/> for <paramref name="track"/> and returns the file's path; when the
    /// archive already holds it, the file saved then (found by the candidate's id in its name). When that file is gone,
    /// the track's line is removed from the archive and it is downloaded again. Call it only under the run lock: no
    /// other yt-dlp then writes the archive.
    /// </summary>
    public async Task<string> DownloadAsync(PendingTrack track, YtDlpCandidate candidate, CancellationToken cancellation)
    {
        if ((await FetchAsync(track, candidate.Url, cancellation) ?? FindSaved(candidate.Id)) is { } path) return path;
        Forget(candidate.Id);
        return await FetchAsync(track, candidate.Url, cancellation)
            ?? throw new YtDlpException($"yt-dlp printed no file for {candidate.Url} after its line for {candidate.Id} was removed from {archive}");
    }

    /// <summary>
    /// One yt-dlp download: the saved file's path, or null when the archive made it skip the track. yt-dlp works in
    /// <see cref="PartialFolder"/> and moves the finished file into the download folder last, so that folder only ever
    /// gets whole files; the partial folder is emptied before and removed after, so a download that fails, times out
    /// or is stopped leaves nothing (one killed with the run is left to the next run's download, which removes it).
    /// </summary>
    private async Task<string?> FetchAsync(PendingTrack track, string url, CancellationToken cancellation)
    {
        Directory.CreateDirectory(downloadDir);
        RemovePartialFolder();
        // yt-dlp appends to the archive, and would make a missing one with its umask, readable by others.
        PrivateFiles.Create(archive);
        // --no-simulate: until 2022.05.18, --print made any run a dry run, whatever its stage, and downloaded nothing.
        string[] arguments =
        [
            "-x", "--audio-format", audioFormat, "--embed-metadata", "--download-archive", archive,
            "--print", "after_move:filepath", "--no-simulate", "-P", downloadDir, "-P", $"temp:{PartialFolder}", "-o", OutputTemplate,
            "--trim-filenames", TrimmedNameLength.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-playlist", "--no-progress",
            .. EmbeddedAs("meta_title", track.Title), .. EmbeddedAs("meta_artist", track.Artist), url,
        ];
        try
        {
            var result = await RunAsync(arguments, timeout, cancellation);
            if (result.ExitCode != 0) throw new YtDlpException(Reason(result.StandardError) ?? $"yt-dlp exited with {result.ExitCode}");
            return LastLine(result.StandardOutput);
        }
        finally
        {
            RemovePartialFolder();
        }
    }

    /// <summary>
    /// The <c>--parse-metadata</c> action that has <c>--embed-metadata</c> write <paramref name="value"/>, the track's
    /// title or artist as Spotify (and the person's Notion) names it, instead of the upload's (a SoundCloud title often
    /// carries "(Official Audio)", and its uploader is a label as often as the artist); none for an empty value.
    /// FROM is a template yt-dlp evaluates: the value with <c>%</c> doubled and <c>:</c> written <c>\:</c> (the
    /// separator of FROM and TO; yt-dlp reads <c>\:</c> back as <c>:</c>), between two U+241F (␟): so it is never
    /// taken for a field's name (a FROM of letters alone is one, and "Teardrop" is a title), nor, since yt-dlp
    /// 2023.01.02 reads an optional <c>WHEN:</c> first, its start for a stage ("video: …"). TO is a regular
    /// expression that takes what lies between them into <paramref name="field"/>, greedily, so a ␟ in the value stays.
    /// A line break would end yt-dlp's reading of the option, so control characters become spaces.
    /// </summary>
    private static string[] EmbeddedAs(string field, string value)
    {
        var text = new string(value.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        if (text == "") return [];
        return ["--parse-metadata", $"{TagDelimiter}{text.Replace("%", "%%").Replace(":", "\\:")}{TagDelimiter}:{TagDelimiter}(?P<{field}>.+){TagDelimiter}"];
    }

    private const char TagDelimiter = '\u241F';

    /// <summary>
    /// Where yt-dlp keeps a download under way (<c>-P temp:</c>): the <c>.part</c> file, the original before the audio
    /// is extracted, the file being tagged. It is inside the download folder, so that moving the finished file out of it
    /// is a rename on one file system, and hidden, since it is the companion's.
    /// </summary>
    public string PartialFolder => Path.Combine(downloadDir, PartialFolderName);

    public const string PartialFolderName = ".spotify-sync-partial";

    private void RemovePartialFolder()
    {
        if (Directory.Exists(PartialFolder)) Directory.Delete(PartialFolder, recursive: true);
    }

    /// <summary>
    /// Removes the track's line from the archive, replacing the file atomically so a kill leaves the old archive or the
    /// new one. yt-dlp writes <c>EXTRACTOR ID</c> with the name of the extractor that fetched it: <c>soundcloud</c> for
    /// SoundCloud, <c>generic</c> for a page or file any other site serves, others for sites yt-dlp knows; so the line
    /// is found by its id, whatever the extractor. Another extractor's line with the same id has no file either (none
    /// in the download folder holds <c>[ID].</c>: <see cref="FindSaved"/> found none), so removing it too costs nothing.
    /// </summary>
    private void Forget(string id)
    {
        if (!File.Exists(archive)) return;
        var lines = File.ReadAllLines(archive);
        var kept = lines.Where(l => l.Trim().Split(' ', 2) is not [_, var lineId] || lineId != id).ToList();
        if (kept.Count == lines.Length) return;
        AtomicFile.WriteAllText(archive, string.Concat(kept.Select(l => l + "\n")));
    }

    private string? FindSaved(string id) =>
        Directory.EnumerateFiles(downloadDir).FirstOrDefault(path => Path.GetFileName(path).Contains($"[{id}].", StringComparison.Ordinal));

    private async Task<BufferedCommandResult> RunAsync(IReadOnlyList<string> arguments, TimeSpan limit, CancellationToken cancellation, bool missingIsError = false)
    {
        // On the run's clock, which the tests move by hand to stop a hung download when they choose.
        using var timeoutSource = new CancellationTokenSource(limit, time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, timeoutSource.Token);
        try
        {
            var command = Cli.Wrap(program).WithArguments(arguments).WithEnvironmentVariables(ChildEnvironment.Of(environment)).WithValidation(CommandResultValidation.None);
            var execution = await TiedChildren.StartBufferedAsync(command, stop.Token);
            var child = ProcessIdentity.Of(execution.ProcessId);
            if (child is not null) children.Started(child);
            try
            {
                return await execution;
            }
            finally
            {
                if (child is not null) children.Ended(child);
            }
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !cancellation.IsCancellationRequested)
        {
            throw new YtDlpException($"yt-dlp did not finish within {limit.TotalSeconds:0} s and was stopped");
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException)
        {
            if (missingIsError) throw YtDlpUnusableException.CannotRun(program, exception.Message);
            throw new YtDlpException($"yt-dlp could not be started: {exception.Message}");
        }
    }

    private static YtDlpCandidate? Candidate(JsonElement entry)
    {
        string? Text(string name) => entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var id = Text("id");
        var url = Text("webpage_url") ?? Text("url");
        if (id is null || url is null) return null;
        double? duration = entry.TryGetProperty("duration", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetDouble() : null;
        return new YtDlpCandidate(id, Text("title") ?? "", Text("uploader"), duration, url);
    }

    /// <summary>
    /// Why yt-dlp failed: its last line, without the request to report a bug that it adds to errors it did not
    /// foresee, a 404 among them ("; please report this issue on https://github.com/yt-dlp/yt-dlp/issues …").
    /// </summary>
    private static string? Reason(string standardError)
    {
        var line = LastLine(standardError);
        var request = line?.IndexOf(BugReportRequest, StringComparison.Ordinal) ?? -1;
        return request >= 0 ? line![..request] : line;
    }

    private const string BugReportRequest = "; please report this issue on";

    private static string? LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Companion.Cron;
using SpotifySync.Companion.Downloads;
using SpotifySync.Companion.Locking;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// The real yt-dlp, ffmpeg and ffprobe, for the tests that run them (<see cref="RealYtDlpFactAttribute"/>). yt-dlp is
/// <c>SPOTIFY_SYNC_YTDLP</c> of the test's environment when set (to try another version), else <c>yt-dlp</c> on PATH.
/// Where one is missing, or yt-dlp is older than the companion accepts, those tests are skipped and say why, unless
/// they are required, which makes them fail instead: on CI (<c>CI=true</c>, which CI sets, and <c>.ci/run</c>, which
/// installs them, sets <see cref="RequiredVariable"/> too), or wherever <see cref="RequiredVariable"/> is <c>required</c>.
/// </summary>
internal static class RealPrograms
{
    public const string RequiredVariable = "SPOTIFY_SYNC_TESTS_REAL_YTDLP";

    private static readonly Lazy<(string? YtDlp, string? Missing)> Found = new(Find);

    /// <summary>yt-dlp's absolute path.</summary>
    public static string YtDlp => Found.Value.YtDlp ?? throw new InvalidOperationException(Failure);

    /// <summary>Why the tests that run the real programs cannot run here; null when they can.</summary>
    public static string? Missing => Found.Value.Missing;

    public static bool Required =>
        Environment.GetEnvironmentVariable(RequiredVariable) == "required" || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a test that runs them fails here: they are required, and missing.</summary>
    public static string Failure => $"{Missing} They are required here ({RequiredVariable}=required or CI=true, as on CI, which installs them with .ci/run): a failure, not a skip.";

    /// <summary>Why a test that runs them is skipped here; null when it runs (they are here, or they are required).</summary>
    public static string? SkipReason =>
        Missing is { } missing && !Required ? $"{missing} (Set {RequiredVariable}=required to fail instead of skipping, as CI does.)" : null;

    /// <summary>
    /// The processes (other than zombies) whose command line names <paramref name="path"/>: a test's yt-dlp and the
    /// ffmpeg it starts name the test's folder, so none may be left once the test's run is over.
    /// </summary>
    public static IReadOnlyList<string> ProcessesNaming(string path) =>
        Processes().Where(process => process.CommandLine.Contains(path, StringComparison.Ordinal))
            .Select(process => $"{process.Identity.Pid}: {process.CommandLine}")
            .ToList();

    /// <summary>The running processes (zombies left out), each with its command line, arguments separated by spaces.</summary>
    public static IReadOnlyList<(ProcessIdentity Identity, string CommandLine)> Processes() =>
        Directory.EnumerateDirectories("/proc")
            .Select(folder => int.TryParse(Path.GetFileName(folder), out var pid) ? ProcessIdentity.Of(pid) : null)
            .OfType<ProcessIdentity>()
            .Select(identity => (identity, Read($"/proc/{identity.Pid}/cmdline").Replace('\0', ' ')))
            .Where(process => process.Item2 != "")
            .ToList();

    /// <summary>Waits, with a generous guard against a hang, until a process whose command line <paramref name="matches"/> runs, and returns it.</summary>
    public static async Task<ProcessIdentity> WaitForProcessAsync(Func<string, bool> matches)
    {
        for (var i = 0; i < 1200; i++)
        {
            if (Processes().FirstOrDefault(process => matches(process.CommandLine)) is { Identity: { } found }) return found;
            await Task.Delay(50);
        }
        throw new TimeoutException("No such process started within a minute.");
    }

    /// <summary>
    /// Waits, with a generous guard against a hang, until the process sleeps in the kernel's <c>wait_for_partner</c>:
    /// it is opening a FIFO that nobody opens from the other end, and stays there.
    /// </summary>
    public static async Task WaitUntilOpeningFifoAsync(ProcessIdentity process)
    {
        var wchan = $"/proc/{process.Pid}/wchan";
        for (var i = 0; i < 1200 && process.IsRunning(); i++)
        {
            if (Read(wchan) == "wait_for_partner") return;
            await Task.Delay(50);
        }
        Assert.Fail($"Process {process.Pid} did not come to open its FIFO ({(process.IsRunning() ? "still at " + Read(wchan) : "it is gone")}).");
    }

    /// <summary>Waits, with a generous guard against a hang, until the process is gone.</summary>
    public static async Task WaitUntilGoneAsync(ProcessIdentity process)
    {
        for (var i = 0; i < 1200 && process.IsRunning(); i++) await Task.Delay(50);
        Assert.False(process.IsRunning(), $"Process {process.Pid} still runs a minute after its parent was killed.");
    }

    /// <summary>Runs ffprobe on <paramref name="file"/> and returns its JSON: the audio stream's codec, the container, the tags.</summary>
    public static System.Text.Json.JsonDocument Probe(string file)
    {
        var output = Run("ffprobe", "-v", "error", "-show_entries", "stream=codec_name:format=format_name:format_tags", "-of", "json", file);
        return System.Text.Json.JsonDocument.Parse(output);
    }

    /// <summary>Runs a program to its end and returns its standard output; a program that fails fails the test.</summary>
    public static string Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
        return output;
    }

    private static (string?, string?) Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        var named = Environment.GetEnvironmentVariable("SPOTIFY_SYNC_YTDLP");
        var ytDlp = ProgramPath.Resolve(named ?? "yt-dlp", path);
        var missing = new[] { (named is null ? "yt-dlp" : $"yt-dlp ({named}, from SPOTIFY_SYNC_YTDLP)", ytDlp), ("ffmpeg", ProgramPath.Resolve("ffmpeg", path)), ("ffprobe", ProgramPath.Resolve("ffprobe", path)) }
            .Where(program => program.Item2 is null).Select(program => program.Item1).ToList();
        if (missing.Count > 0) return (null, $"Not found on PATH: {string.Join(", ", missing)}. Install them (`sudo apt-get install yt-dlp ffmpeg`) to run the tests with the real programs.");
        var version = Run(ytDlp!, "--version").Trim();
        if (YtDlpVersions.IsTooOld(version)) return (null, $"yt-dlp {version} ({ytDlp}) is older than {YtDlpVersions.Oldest}, the oldest the companion accepts.");
        return (ytDlp, null);
    }

    private static string Read(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The process ended while the list was read.
            return "";
        }
    }
}

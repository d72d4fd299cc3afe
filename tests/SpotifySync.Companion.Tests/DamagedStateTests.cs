using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SpotifySync.Companion.Commands;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// The state file and the sync core's store damaged from outside (an editor, a full disk, a crash of the machine),
/// met by the real tool: the file is kept aside, a line says where and what it costs, and the command goes on.
/// </summary>
public sealed class DamagedStateTests
{
    public static readonly TheoryData<string, string> StateDamage = new()
    {
        { "", "it is empty" },
        { "{", "it is not valid JSON, at line 1, byte 2" },
        { "\0\0\0\0\0\0\0\0", "it holds NUL bytes" },
        { "[1, 2]", "its JSON is not what the companion writes there, at $" },
        { """{"runs": null}""", "its JSON is not what the companion writes there, at $.runs" },
    };

    public static readonly TheoryData<string, string> StoreDamage = new()
    {
        { "  \n", "it is empty" },
        { """{"SPOTIFY_SYNC_STATE_SPOTIFY_REFRESH_TOKEN": "AQ""", "it is not valid JSON, at line 1, byte 49" },
        { "\0\0\0\0", "it holds NUL bytes" },
        { """{"SPOTIFY_SYNC_STATE_FULL_SYNC": {"phase": "walk"}}""", "its JSON is not what the companion writes there, at $.SPOTIFY_SYNC_STATE_FULL_SYNC" },
    };

    private const string StateLost = "the last runs, the download attempts (Failed tracks may be tried again sooner) and the webhook events are forgotten";

    [Theory]
    [MemberData(nameof(StateDamage))]
    public async Task Status_and_sync_keep_a_damaged_state_file_aside_say_so_and_go_on_from_a_fresh_state(string damage, string problem)
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        Directory.CreateDirectory(sandbox.Home);

        File.WriteAllText(sandbox.StateFile, damage);
        var status = await ToolProcess.RunAsync(sandbox.Environment, "status");
        Assert.Equal(ExitCodes.Success, status.ExitCode);
        Assert.Contains("last runs:\n  none yet\n", status.Output);
        File.Delete(AssertSetAside(sandbox.StateFile, damage, problem, status.Error, "The state file", StateLost));

        File.WriteAllText(sandbox.StateFile, damage);
        var sync = await ToolProcess.RunAsync(sandbox.Environment, "sync");
        Assert.Equal(ExitCodes.Success, sync.ExitCode);
        Assert.Contains("spotify-sync: 0 track(s) to download", sync.Output);
        AssertSetAside(sandbox.StateFile, damage, problem, sync.Error, "The state file", StateLost);
        Assert.Single(sandbox.State.Read().Runs);
    }

    [Theory]
    [MemberData(nameof(StoreDamage))]
    public async Task A_full_sync_keeps_a_damaged_core_store_aside_says_the_Spotify_tokens_in_it_are_lost_and_syncs_from_SPOTIFY_REFRESH_TOKEN(string damage, string problem)
    {
        await using var sandbox = await CompanionSandbox.StartAsync(new LibrarySpec { Tracks = 8, LikedTracks = 6, LocalFiles = 0, Episodes = 0 });
        var store = Path.Combine(sandbox.Home, "core-store.json");
        Directory.CreateDirectory(sandbox.Home);
        File.WriteAllText(store, damage);

        var sync = await ToolProcess.RunAsync(sandbox.Environment, "sync", "--mode", "full");

        Assert.True(sync.ExitCode == ExitCodes.Success, sync.Error);
        AssertSetAside(store, damage, problem, sync.Error, "The sync core's store",
            "the Spotify tokens it kept are lost, so the next full run goes back to SPOTIFY_REFRESH_TOKEN; if Spotify has replaced that token since");
        Assert.Equal(sandbox.LikedIds().Order(StringComparer.Ordinal), sandbox.PageSpotifyIds().Order(StringComparer.Ordinal));
        Assert.Contains("SPOTIFY_SYNC_STATE_SPOTIFY_ACCESS_TOKEN", File.ReadAllText(store));
    }

    /// <summary>
    /// The damaged file is kept as it was, private, under a name with the time (in UTC) it was set aside; the one line
    /// on standard error names both files, what was wrong and what was lost, with no stack trace. Returns the kept file.
    /// </summary>
    private static string AssertSetAside(string path, string damage, string problem, string error, string name, string lost)
    {
        var aside = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + ".corrupt-*"));
        Assert.Matches($"^{Regex.Escape(Path.GetFileName(path))}\\.corrupt-[0-9]{{8}}T[0-9]{{6}}Z$", Path.GetFileName(aside));
        Assert.Equal(Encoding.UTF8.GetBytes(damage), File.ReadAllBytes(aside));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(aside));
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"spotify-sync: {name} {path} could not be read ({problem}), so it was moved to {aside} and the companion goes on without it: {lost}", line);
        return aside;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;
using System.Threading.Tasks;
using SpotifySync.Companion.Commands;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// The modes of what the real tool writes (docs/architecture.md: secrets at rest are 0600 in 0700 folders): the state
/// file, core-store.json with the Spotify tokens, the lock, the download archive, the logs and the config file. The
/// children inherit this process's umask, 022 for the tests as for most people, with which a file made without a mode
/// is readable by everyone.
/// </summary>
public sealed class PrivateFileTests
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateFolder = Private | UnixFileMode.UserExecute;
    private static readonly UnixFileMode Open = (UnixFileMode)Convert.ToInt32("644", 8);
    private static readonly UnixFileMode OpenFolder = (UnixFileMode)Convert.ToInt32("755", 8);

    [Fact]
    public async Task Cron_install_and_a_full_sync_make_every_file_0600_and_every_folder_0700()
    {
        if (OperatingSystem.IsWindows()) return;
        await using var sandbox = await CompanionSandbox.StartAsync(new LibrarySpec { Tracks = 8, LikedTracks = 6, LocalFiles = 0, Episodes = 0 });
        sandbox.AddTrack("Midnight City", "M83", 244);

        var install = await ToolProcess.RunAsync(sandbox.Environment, "cron", "install", "--write-config");
        var sync = await ToolProcess.RunAsync(sandbox.Environment, "sync", "--mode", "full");

        Assert.True(install.ExitCode == ExitCodes.Success, install.Error);
        Assert.True(sync.ExitCode == ExitCodes.Success, sync.Error);
        var configFolder = Path.Combine(sandbox.Root, "config");
        var made = Directory.GetFileSystemEntries(sandbox.Home, "*", SearchOption.AllDirectories).Concat(Directory.GetFileSystemEntries(configFolder, "*", SearchOption.AllDirectories)).ToList();
        string[] expected = ["state.json", "core-store.json", "download-archive.txt", "sync.lock.guard", "logs", "logs/sync.log", "logs/cron.log"];
        Assert.All(expected, name => Assert.Contains(Path.Combine(sandbox.Home, name), made));
        Assert.Contains(sandbox.DefaultConfigFile, made);
        Assert.Empty(NotPrivate([.. made, sandbox.Home, configFolder]));
    }

    [Fact]
    public async Task Files_an_older_version_left_readable_by_everyone_are_narrowed_to_0600_by_the_next_run_and_their_folders_are_left_alone()
    {
        if (OperatingSystem.IsWindows()) return;
        await using var sandbox = await CompanionSandbox.StartAsync(new LibrarySpec { Tracks = 8, LikedTracks = 6, LocalFiles = 0, Episodes = 0 });
        sandbox.AddTrack("Midnight City", "M83", 244);
        var logs = Path.Combine(sandbox.Home, "logs");
        Directory.CreateDirectory(logs, OpenFolder);
        File.SetUnixFileMode(sandbox.Home, OpenFolder);
        string[] older = ["state.json", "core-store.json", "download-archive.txt", "sync.lock.guard", "state.json.guard", "logs/sync.log"];
        foreach (var name in older)
        {
            var path = Path.Combine(sandbox.Home, name);
            File.WriteAllText(path, name.EndsWith(".json", StringComparison.Ordinal) ? "{}" : "");
            File.SetUnixFileMode(path, Open);
        }

        var sync = await ToolProcess.RunAsync(sandbox.Environment, "sync", "--mode", "full");

        Assert.True(sync.ExitCode == ExitCodes.Success, sync.Error);
        Assert.Empty(NotPrivate(older.Select(name => Path.Combine(sandbox.Home, name))));
        // A folder that exists may be the person's (SPOTIFY_SYNC_HOME can be any folder): its files are private all the same.
        Assert.Equal((OpenFolder, OpenFolder), (File.GetUnixFileMode(sandbox.Home), File.GetUnixFileMode(logs)));
    }

    /// <summary>Each file that is not 0600 and each folder that is not 0700, with its mode.</summary>
    [UnsupportedOSPlatform("windows")]
    private static List<string> NotPrivate(IEnumerable<string> paths)
    {
        var loose = new List<string>();
        foreach (var path in paths)
        {
            var mode = File.GetUnixFileMode(path);
            if (mode != (Directory.Exists(path) ? PrivateFolder : Private)) loose.Add($"{path}: {Convert.ToString((int)mode, 8).PadLeft(4, '0')}");
        }
        return loose;
    }
}

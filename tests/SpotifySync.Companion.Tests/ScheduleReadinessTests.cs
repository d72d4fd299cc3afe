using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Cron;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Sync;
using SpotifySync.Core.Sync;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// <c>cron install</c> installs only lines whose runs can run: the settings a run needs must be in the config file the
/// lines name, since cron starts them with an almost empty environment. The sandbox's settings are environment
/// variables, as a person's are who exported them in their shell.
/// </summary>
public sealed class ScheduleReadinessTests
{
    /// <summary>The sandbox's settings that are set by environment variables (SPOTIFY_SYNC_HOME goes into the lines themselves).</summary>
    private const string EnvironmentOnly = "NOTION_TOKEN, TRACKS_DB_ID, SPOTIFY_SYNC_NOTION_BASE_URL, SPOTIFY_SYNC_NOTION_REQUESTS_PER_SECOND, SPOTIFY_SYNC_DOWNLOAD_DIR and SPOTIFY_SYNC_CRONTAB";

    [Fact]
    public async Task Without_a_terminal_install_refuses_settings_only_in_the_environment_naming_them_and_the_command_that_writes_them()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        var install = await ToolProcess.RunAsync(sandbox.Environment, "cron", "install");

        Assert.Equal(ExitCodes.Configuration, install.ExitCode);
        Assert.Equal(
            [
                $"spotify-sync: {EnvironmentOnly} are set in this environment but not (or not so) in the config file {sandbox.DefaultConfigFile}, which does not exist yet, " +
                "and the schedule's runs start with an almost empty environment: they read their settings from that file only, and without NOTION_TOKEN and TRACKS_DB_ID every one of them would exit 3.",
                $"spotify-sync: nothing was installed. Run `spotify-sync cron install --write-config` to write them to {sandbox.DefaultConfigFile} (readable by you only) and install, " +
                "or add them to that file yourself and run `spotify-sync cron install` again.",
            ],
            install.Error.TrimEnd('\n').Split('\n'));
        Assert.False(File.Exists(sandbox.CrontabFile));
        Assert.False(File.Exists(sandbox.DefaultConfigFile));
    }

    [Fact]
    public async Task Write_config_writes_them_0600_in_a_0700_folder_and_the_installed_line_runs_in_crons_empty_environment()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        var install = await ToolProcess.RunAsync(sandbox.Environment, "cron", "install", "--write-config");

        Assert.Equal(ExitCodes.Success, install.ExitCode);
        Assert.StartsWith($"spotify-sync: wrote {EnvironmentOnly} to {sandbox.DefaultConfigFile} (readable by you only); the schedule's lines name it.\n", install.Output);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(sandbox.DefaultConfigFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(sandbox.DefaultConfigFile)!));
        }
        using (var written = JsonDocument.Parse(File.ReadAllText(sandbox.DefaultConfigFile)))
        {
            Assert.Equal(CompanionSandbox.NotionToken, written.RootElement.GetProperty("NOTION_TOKEN").GetString());
            Assert.Equal(sandbox.Tracks.DatabaseId, written.RootElement.GetProperty("TRACKS_DB_ID").GetString());
        }

        // As cron runs the line: /bin/sh -c with cron's few variables, none of the settings.
        var line = CronEntries.Installed(File.ReadAllText(sandbox.CrontabFile))[SyncModes.Incremental];
        var cron = new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", line.Split(' ', 6)[5] }, UseShellExecute = false };
        cron.Environment.Clear();
        foreach (var (name, value) in new Dictionary<string, string> { ["HOME"] = sandbox.Root, ["LOGNAME"] = Environment.UserName, ["SHELL"] = "/bin/sh", ["PATH"] = ScheduledSettings.CronPath })
        {
            cron.Environment[name] = value;
        }
        using var run = Process.Start(cron)!;
        await run.WaitForExitAsync();

        Assert.True(run.ExitCode == ExitCodes.Success, File.ReadAllText(Path.Combine(sandbox.Home, "logs", "cron.log")) + "\n" + line);
        var recorded = Assert.Single(sandbox.State.Read().Runs);
        Assert.Equal((RunTriggers.Schedule, RunOutcomes.Succeeded), (recorded.Trigger, recorded.Outcome));
        Assert.Contains("0 track(s) to download", File.ReadAllText(Path.Combine(sandbox.Home, "logs", "cron.log")));
        // Now the file holds what the lines need: installing again asks nothing.
        var again = await ToolProcess.RunAsync(sandbox.Environment, "cron", "install");
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.StartsWith("spotify-sync: the crontab already holds these lines:", again.Output);
    }

    [Fact]
    public async Task In_a_terminal_install_asks_and_writes_the_config_file_on_yes_and_installs_nothing_on_no()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        var no = await AnswerAsync(sandbox, "n");
        Assert.Equal(ExitCodes.Configuration, no.ExitCode);
        Assert.Contains($"Write them to {sandbox.DefaultConfigFile}, readable by you only, for the schedule's runs? [y/N]", no.Output);
        Assert.Contains("spotify-sync: nothing was installed.", no.Output);
        Assert.False(File.Exists(sandbox.DefaultConfigFile));
        Assert.False(File.Exists(sandbox.CrontabFile));

        var yes = await AnswerAsync(sandbox, "y");
        Assert.Equal(ExitCodes.Success, yes.ExitCode);
        Assert.Contains($"spotify-sync: wrote {EnvironmentOnly} to {sandbox.DefaultConfigFile}", yes.Output);
        Assert.Equal(2, CronEntries.Installed(File.ReadAllText(sandbox.CrontabFile)).Count);
    }

    [Fact]
    public async Task A_setting_every_run_needs_set_nowhere_installs_nothing_even_with_write_config()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("NOTION_TOKEN", null);

        var install = await ToolProcess.RunAsync(sandbox.Environment, "cron", "install", "--write-config");

        Assert.Equal(ExitCodes.Configuration, install.ExitCode);
        Assert.StartsWith("spotify-sync: NOTION_TOKEN is not set: set it to the Notion integration's secret (ntn_…)", install.Error);
        Assert.Contains($"spotify-sync: nothing was installed: every run of the schedule would exit 3 without them. Set them in the config file {sandbox.DefaultConfigFile}, " +
                        "or in this environment and run `spotify-sync cron install --write-config`.", install.Error);
        Assert.False(File.Exists(sandbox.CrontabFile));
        Assert.False(File.Exists(sandbox.DefaultConfigFile));
    }

    /// <summary>Runs <c>cron install</c> in a terminal and answers its question once it is asked.</summary>
    private static async Task<(int ExitCode, string Output)> AnswerAsync(CompanionSandbox sandbox, string answer)
    {
        using var terminal = ToolProcess.StartInTerminal(sandbox.Environment, "cron", "install");
        while (await terminal.ReadOutputLineAsync() is { } line && !line.Contains("set in this environment", StringComparison.Ordinal))
        {
        }
        await terminal.TypeAsync(answer);
        var (exitCode, output, _) = await terminal.WaitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (exitCode, output);
    }
}

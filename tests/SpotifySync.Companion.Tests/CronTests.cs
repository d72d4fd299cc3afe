using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Cron;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// <c>spotify-sync cron</c> as a child process, editing a temporary crontab through the stand-in crontab program. The
/// sandbox's settings are environment variables, so the first install of a test writes them to the config file
/// (<c>--write-config</c>, <see cref="ScheduleReadinessTests"/>).
/// </summary>
public sealed class CronTests
{
    private const string PersonsLine = "30 7 * * 1 /usr/bin/backup --quiet";

    [Fact]
    public async Task Install_adds_two_absolute_lines_once_keeps_other_lines_and_remove_takes_only_its_own()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        File.WriteAllText(sandbox.CrontabFile, "# my jobs\n" + PersonsLine + "\n");

        var install = await ToolProcess.RunAsync(sandbox.Environment, "cron", "install", "--write-config");
        Assert.Equal(ExitCodes.Success, install.ExitCode);
        var installed = File.ReadAllText(sandbox.CrontabFile);
        var lines = installed.TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal(["# my jobs", PersonsLine], lines.Take(2));
        var tool = Path.Combine(AppContext.BaseDirectory, "spotify-sync");
        var ytDlp = CompanionSandbox.StandIn("yt-dlp");
        var variables = $"SPOTIFY_SYNC_HOME='{sandbox.Home}' SPOTIFY_SYNC_YTDLP='{ytDlp}' DOTNET_ROOT='{ToolProcess.DotnetRoot}'";
        var config = $"'--config' '{sandbox.DefaultConfigFile}'";
        Assert.Equal($"*/5 * * * * {variables} '{tool}' 'sync' '--mode' 'incremental' '--scheduled' {config} >> '{sandbox.Home}/logs/cron.log' 2>&1 # spotify-sync:incremental", lines[2]);
        Assert.Equal($"0 3 * * * {variables} '{tool}' 'sync' '--mode' 'full' '--scheduled' {config} >> '{sandbox.Home}/logs/cron.log' 2>&1 # spotify-sync:full", lines[3]);
        Assert.Contains("OnCalendar=*:0/5", install.Output);
        Assert.Contains($" sync --mode incremental --scheduled --config {sandbox.DefaultConfigFile}\n", install.Output);
        Assert.Contains("<string>--scheduled</string>", install.Output);
        Assert.Contains("<key>StartInterval</key>", install.Output);
        Assert.True(sandbox.State.Read().Automation.CronActive);

        var again = await ToolProcess.RunAsync(sandbox.Environment, "cron", "install");
        Assert.Contains("already holds these lines", again.Output);
        Assert.Equal(installed, File.ReadAllText(sandbox.CrontabFile));

        var status = await ToolProcess.RunAsync(sandbox.Environment, "cron", "status");
        Assert.Contains("# spotify-sync:full", status.Output);
        Assert.Contains("next run:", status.Output);

        var remove = await ToolProcess.RunAsync(sandbox.Environment, "cron", "remove");
        Assert.Equal(ExitCodes.Success, remove.ExitCode);
        Assert.Equal("# my jobs\n" + PersonsLine + "\n", File.ReadAllText(sandbox.CrontabFile));
        Assert.False(sandbox.State.Read().Automation.CronActive);
    }

    [Fact]
    public async Task Install_into_an_empty_crontab_and_a_config_file_path_goes_into_the_lines()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var config = Path.Combine(sandbox.Root, "my config.json");
        File.WriteAllText(config, """{"SPOTIFY_SYNC_AUDIO_FORMAT": "opus"}""");

        var install = await ToolProcess.RunAsync(sandbox.Environment, "cron", "install", "--config", config, "--write-config");

        Assert.Equal(ExitCodes.Success, install.ExitCode);
        Assert.All(CronEntries.Installed(File.ReadAllText(sandbox.CrontabFile)).Values, line => Assert.Contains($"'--config' '{config}'", line));
        // What the file held stays; what the runs need is added.
        using var written = JsonDocument.Parse(File.ReadAllText(config));
        Assert.Equal(("opus", CompanionSandbox.NotionToken), (written.RootElement.GetProperty("SPOTIFY_SYNC_AUDIO_FORMAT").GetString(), written.RootElement.GetProperty("NOTION_TOKEN").GetString()));
    }

    [Fact]
    public async Task A_yt_dlp_found_on_PATH_goes_into_the_lines_as_an_absolute_path_for_crons_own_PATH()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        // As pipx installs it: in ~/.local/bin, on the person's PATH but not on cron's.
        var bin = Directory.CreateDirectory(Path.Combine(sandbox.Root, ".local", "bin")).FullName;
        var ytDlp = Path.Combine(bin, "yt-dlp");
        File.Copy(CompanionSandbox.StandIn("yt-dlp"), ytDlp);
        sandbox.Set("PATH", bin + Path.PathSeparator + sandbox.Environment["PATH"]);
        sandbox.Set("SPOTIFY_SYNC_YTDLP", "yt-dlp");

        var install = await ToolProcess.RunAsync(sandbox.Environment, "cron", "install", "--write-config");

        Assert.Equal(ExitCodes.Success, install.ExitCode);
        Assert.Equal("", install.Error);
        Assert.All(CronEntries.Installed(File.ReadAllText(sandbox.CrontabFile)).Values,
            line => Assert.Contains($"SPOTIFY_SYNC_HOME='{sandbox.Home}' SPOTIFY_SYNC_YTDLP='{ytDlp}' DOTNET_ROOT='", line));
        Assert.Contains($"Environment=\"SPOTIFY_SYNC_HOME={sandbox.Home}\" \"SPOTIFY_SYNC_YTDLP={ytDlp}\" \"DOTNET_ROOT={ToolProcess.DotnetRoot}\"\n", install.Output);
        Assert.Contains($"<key>SPOTIFY_SYNC_YTDLP</key><string>{ytDlp}</string>", install.Output);
    }

    [Fact]
    public async Task A_yt_dlp_found_nowhere_leaves_the_lines_to_crons_PATH_and_says_how_to_fix_it()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("SPOTIFY_SYNC_YTDLP", "no-such-yt-dlp");

        var install = await ToolProcess.RunAsync(sandbox.Environment, "cron", "install", "--write-config");

        Assert.Equal(ExitCodes.Success, install.ExitCode);
        Assert.All(CronEntries.Installed(File.ReadAllText(sandbox.CrontabFile)).Values, line => Assert.DoesNotContain("SPOTIFY_SYNC_YTDLP", line));
        Assert.Contains("spotify-sync: SPOTIFY_SYNC_YTDLP 'no-such-yt-dlp' is not an executable file, nor on PATH", install.Error);
        Assert.Contains("or set SPOTIFY_SYNC_YTDLP to its path, then run `spotify-sync cron install` again.", install.Error);
    }

    [Fact]
    public async Task A_crontab_program_that_cannot_run_exits_8_with_the_fix_and_the_systemd_and_launchd_units()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("SPOTIFY_SYNC_CRONTAB", Path.Combine(sandbox.Root, "no-crontab"));
        var result = await ToolProcess.RunAsync(sandbox.Environment, "cron", "install", "--write-config");
        Assert.Equal(ExitCodes.Crontab, result.ExitCode);
        Assert.Contains("apt-get install cron", result.Error);
        Assert.Contains("use the systemd timer or launchd job that `spotify-sync cron install` prints", result.Error);
        Assert.Contains("Or, with systemd instead of cron:", result.Output);
        Assert.Contains("[Timer]", result.Output);
        Assert.Contains("<key>StartCalendarInterval</key>", result.Output);
    }

    [Fact]
    public void The_next_run_is_the_earliest_of_the_installed_lines()
    {
        var installed = CronEntries.Installed("*/5 * * * * x # spotify-sync:incremental\n0 3 * * * x # spotify-sync:full\n");
        var next = CronSchedule.Next(installed, new DateTimeOffset(2026, 11, 24, 2, 58, 0, TimeSpan.Zero), TimeZoneInfo.Utc)!.Value;
        Assert.Equal((new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero), "incremental"), (next.At, next.Mode));
        var later = CronSchedule.Next(CronEntries.Installed("0 3 * * * x # spotify-sync:full\n"), new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc)!.Value;
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero), later.At);
    }
}

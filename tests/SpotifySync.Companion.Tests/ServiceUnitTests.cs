using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using SpotifySync.Companion.Commands;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>The systemd units and launchd agents <c>spotify-sync cron install</c> prints, parsed as the files they are.</summary>
public sealed class ServiceUnitTests
{
    private const string SystemdHeading = "Or, with systemd instead of cron:\n";
    private const string LaunchdHeading = "Or, with launchd (macOS), one file per mode:\n";

    [Fact]
    public async Task The_printed_launchd_agents_are_plists_with_absolute_program_arguments_and_the_schedule()
    {
        var (sandbox, output) = await InstallAsync();
        await using var _ = sandbox;
        var plists = output[(output.IndexOf(LaunchdHeading, StringComparison.Ordinal) + LaunchdHeading.Length)..]
            .Split("</plist>\n", StringSplitOptions.None)
            .Select(text => text.TrimStart('\n'))
            .Where(text => text != "")
            .Select(text => XDocument.Parse(text + "</plist>"))
            .ToList();

        Assert.Equal(2, plists.Count);
        var tool = Path.Combine(AppContext.BaseDirectory, "spotify-sync");
        var incremental = Keys(plists[0]);
        Assert.Equal("com.spotifysync.incremental", incremental["Label"].Value);
        Assert.Equal([tool, "sync", "--mode", "incremental", "--scheduled", "--config", sandbox.DefaultConfigFile], incremental["ProgramArguments"].Elements("string").Select(e => e.Value));
        Assert.Equal("300", incremental["StartInterval"].Value);
        Assert.False(incremental.ContainsKey("StartCalendarInterval"));
        var environment = Keys(incremental["EnvironmentVariables"]);
        Assert.Equal((sandbox.Home, CompanionSandbox.StandIn("yt-dlp"), ToolProcess.DotnetRoot), (environment["SPOTIFY_SYNC_HOME"].Value, environment["SPOTIFY_SYNC_YTDLP"].Value, environment["DOTNET_ROOT"].Value));
        Assert.Equal(Path.Combine(sandbox.Home, "logs", "cron.log"), incremental["StandardOutPath"].Value);
        var full = Keys(plists[1]);
        Assert.Equal([tool, "sync", "--mode", "full", "--scheduled", "--config", sandbox.DefaultConfigFile], full["ProgramArguments"].Elements("string").Select(e => e.Value));
        var calendar = Keys(full["StartCalendarInterval"]);
        Assert.Equal(("3", "0"), (calendar["Hour"].Value, calendar["Minute"].Value));
        Assert.False(full.ContainsKey("StartInterval"));
        Assert.All(plists, plist => Assert.Equal("1.0", plist.Declaration!.Version));
    }

    [Fact]
    public async Task The_printed_systemd_units_are_a_oneshot_service_and_a_timer_per_mode()
    {
        var (sandbox, output) = await InstallAsync();
        await using var _ = sandbox;
        var start = output.IndexOf(SystemdHeading, StringComparison.Ordinal) + SystemdHeading.Length;
        var units = Units(output[start..output.IndexOf(LaunchdHeading, StringComparison.Ordinal)]);

        Assert.Equal(
            ["spotify-sync-incremental.service", "spotify-sync-incremental.timer", "spotify-sync-full.service", "spotify-sync-full.timer"],
            units.Keys);
        var tool = Path.Combine(AppContext.BaseDirectory, "spotify-sync");
        var service = units["spotify-sync-incremental.service"];
        Assert.Equal("oneshot", service["Service"]["Type"]);
        Assert.Equal($"{tool} sync --mode incremental --scheduled --config {sandbox.DefaultConfigFile}", service["Service"]["ExecStart"]);
        Assert.Equal($"\"SPOTIFY_SYNC_HOME={sandbox.Home}\" \"SPOTIFY_SYNC_YTDLP={CompanionSandbox.StandIn("yt-dlp")}\" \"DOTNET_ROOT={ToolProcess.DotnetRoot}\"", service["Service"]["Environment"]);
        Assert.Equal($"{tool} sync --mode full --scheduled --config {sandbox.DefaultConfigFile}", units["spotify-sync-full.service"]["Service"]["ExecStart"]);
        Assert.Equal("*:0/5", units["spotify-sync-incremental.timer"]["Timer"]["OnCalendar"]);
        Assert.Equal("*-*-* 03:00:00", units["spotify-sync-full.timer"]["Timer"]["OnCalendar"]);
        Assert.All(units.Where(u => u.Key.EndsWith(".timer", StringComparison.Ordinal)), timer => Assert.Equal("timers.target", timer.Value["Install"]["WantedBy"]));
    }

    private static async Task<(CompanionSandbox Sandbox, string Output)> InstallAsync()
    {
        var sandbox = await CompanionSandbox.StartAsync();
        var install = await ToolProcess.RunAsync(sandbox.Environment, "cron", "install", "--write-config");
        Assert.Equal(ExitCodes.Success, install.ExitCode);
        return (sandbox, install.Output);
    }

    /// <summary>A plist dict's values by key (the element after each &lt;key&gt;).</summary>
    private static Dictionary<string, XElement> Keys(XContainer owner)
    {
        var dict = owner is XDocument document ? document.Root!.Element("dict")! : (XElement)owner;
        return dict.Elements("key").ToDictionary(key => key.Value, key => (XElement)key.NextNode!);
    }

    /// <summary>
    /// The unit files in the printed text, each introduced by a comment naming its path, parsed as systemd reads them:
    /// [Section] lines, Key=Value lines, comments and blank lines, nothing else.
    /// </summary>
    private static Dictionary<string, Dictionary<string, Dictionary<string, string>>> Units(string text)
    {
        const string pathComment = "# ~/.config/systemd/user/";
        var units = new Dictionary<string, Dictionary<string, Dictionary<string, string>>>();
        Dictionary<string, Dictionary<string, string>>? unit = null;
        Dictionary<string, string>? section = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(pathComment, StringComparison.Ordinal))
            {
                units[line[pathComment.Length..]] = unit = [];
                section = null;
            }
            else if (line == "" || line.StartsWith('#')) continue;
            else if (line.StartsWith('[') && line.EndsWith(']')) unit![line[1..^1]] = section = [];
            else
            {
                var equals = line.IndexOf('=', StringComparison.Ordinal);
                Assert.True(equals > 0 && section is not null, $"not a unit file line: {line}");
                section![line[..equals]] = line[(equals + 1)..];
            }
        }
        return units;
    }
}

using System;
using System.IO;
using System.Threading.Tasks;
using SpotifySync.Companion.Commands;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>What a person who got the config file wrong is told by the real tool: where, what, and what they meant.</summary>
public sealed class ConfigFileTests
{
    [Theory]
    [InlineData("{\n  \"TRACKS_DB_ID\": \"248104cd477e80fdb757e945d38000bd\"\n  \"SPOTIFY_SYNC_PORT\": 6001\n}\n", "line 3, column 3: a comma is missing between two settings")]
    [InlineData("{\n  \"SPOTIFY_SYNC_PORT\": 6001,\n}\n", "line 3, column 1: a comma before the closing } or ] (JSON allows none after the last entry)")]
    [InlineData("{\n  'SPOTIFY_SYNC_PORT': 6001\n}\n", "line 2, column 3: a setting's name must be in double quotes, as in \"TRACKS_DB_ID\"")]
    // Columns count characters, not the bytes of UTF-8: "~/Музыка/Ночь" is 13 characters and 21 bytes.
    [InlineData("{\"SPOTIFY_SYNC_DOWNLOAD_DIR\": \"~/Музыка/Ночь\"", "line 1, column 46: the file ends before the closing }")]
    [InlineData("{\"SPOTIFY_SYNC_DOWNLOAD_DIR\": \"C:\\Music\"}", "line 1, column 35: a backslash in a text must be doubled, as in \"C:\\\\Music\"")]
    [InlineData("// my settings\n{}", "line 1, column 1: JSON has no comments")]
    public async Task A_config_file_that_is_not_JSON_is_named_with_the_line_and_column_and_the_mistake_in_plain_words(string text, string problem)
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var config = Path.Combine(sandbox.Root, "config.json");
        File.WriteAllText(config, text);

        var result = await ToolProcess.RunAsync(sandbox.Environment, "status", "--config", config);

        Assert.Equal(ExitCodes.Configuration, result.ExitCode);
        Assert.Equal($"spotify-sync: The config file {config} is not valid JSON at {problem}: fix it there, or remove the file to use environment variables only.\n", result.Error);
    }

    [Fact]
    public async Task Every_problem_of_the_config_file_is_listed_at_once_and_a_misspelt_name_gets_the_setting_it_meant()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var config = Path.Combine(sandbox.Root, "config.json");
        File.WriteAllText(config, """{"NOTION_TOKN": "ntn_x", "download_dir": "~/Music", "SPOTIFY_SYNC_PORT": "seventy", "LIKES": true, "SPOTIFY_SYNC_BIND": null}""");
        sandbox.Set("SPOTIFY_SYNC_AUDIO_FORMAT", "wma");

        var result = await ToolProcess.RunAsync(sandbox.Environment, "sync", "--config", config);

        Assert.Equal(ExitCodes.Configuration, result.ExitCode);
        Assert.Equal(
            [
                $"spotify-sync: The config file {config} has the unknown setting 'NOTION_TOKN': did you mean NOTION_TOKEN?",
                $"spotify-sync: The config file {config} has the unknown setting 'download_dir': did you mean SPOTIFY_SYNC_DOWNLOAD_DIR?",
                $"spotify-sync: The config file {config} has the unknown setting 'LIKES': remove it or correct its name (the settings are listed in companion/README.md).",
                $"spotify-sync: The setting SPOTIFY_SYNC_BIND in {config} is Null: give a string or a number.",
                "spotify-sync: SPOTIFY_SYNC_AUDIO_FORMAT 'wma' from the environment variable is not one of mp3, m4a, opus, flac, wav, alac, best: set one of them.",
                $"spotify-sync: SPOTIFY_SYNC_PORT 'seventy' from the config file {config} is not a whole number from 1 to 65535: set a number from 1 to 65535.",
            ],
            result.Error.TrimEnd('\n').Split('\n'));
        Assert.False(File.Exists(sandbox.StateFile));
    }

    [Theory]
    [InlineData("666", """{"SPOTIFY_SYNC_AUDIO_FORMAT": "opus"}""")]
    [InlineData("620", """{"SPOTIFY_SYNC_YTDLP": "/usr/bin/yt-dlp"}""")]
    public async Task A_config_file_other_users_can_change_is_refused_with_its_mode_and_the_chmod_that_fixes_it(string mode, string text)
    {
        if (OperatingSystem.IsWindows()) return;
        await using var sandbox = await CompanionSandbox.StartAsync();
        var config = Path.Combine(sandbox.Root, "config.json");
        File.WriteAllText(config, text);
        File.SetUnixFileMode(config, (UnixFileMode)Convert.ToInt32(mode, 8));

        var refused = await ToolProcess.RunAsync(sandbox.Environment, "status", "--config", config);

        Assert.Equal(ExitCodes.Configuration, refused.ExitCode);
        Assert.Equal($"spotify-sync: The config file {config} can be changed by other users (mode 0{mode}), who could make the companion run programs of theirs: make it yours only: `chmod 600 {config}`.\n", refused.Error);
        File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.Equal((ExitCodes.Success, ""), await StatusAsync(sandbox, config));
    }

    [Theory]
    [InlineData("644", """{"NOTION_TOKEN": "ntn_x", "SPOTIFY_SYNC_AUDIO_FORMAT": "opus", "WEBHOOK_SECRET": "s"}""", "NOTION_TOKEN and WEBHOOK_SECRET")]
    [InlineData("640", """{"SPOTIFY_REFRESH_TOKEN": "r", "SPOTIFY_SYNC_AUDIO_FORMAT": "opus"}""", "SPOTIFY_REFRESH_TOKEN")]
    public async Task A_config_file_other_users_can_read_is_refused_while_it_holds_secrets_with_its_mode_and_the_chmod_that_fixes_it(string mode, string text, string secrets)
    {
        if (OperatingSystem.IsWindows()) return;
        await using var sandbox = await CompanionSandbox.StartAsync();
        var config = Path.Combine(sandbox.Root, "config.json");
        File.WriteAllText(config, text);
        File.SetUnixFileMode(config, (UnixFileMode)Convert.ToInt32(mode, 8));

        var refused = await ToolProcess.RunAsync(sandbox.Environment, "status", "--config", config);

        Assert.Equal(ExitCodes.Configuration, refused.ExitCode);
        Assert.Equal($"spotify-sync: The config file {config} can be read by other users (mode 0{mode}) and holds {secrets}: make it yours only: `chmod 600 {config}`.\n", refused.Error);
        // Without secrets (a blank one is none), it tells other users nothing they could use.
        File.WriteAllText(config, """{"SPOTIFY_SYNC_AUDIO_FORMAT": "opus", "NOTION_TOKEN": ""}""");
        Assert.Equal((ExitCodes.Success, ""), await StatusAsync(sandbox, config));
        File.WriteAllText(config, text);
        File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.Equal((ExitCodes.Success, ""), await StatusAsync(sandbox, config));
    }

    private static async Task<(int ExitCode, string Error)> StatusAsync(CompanionSandbox sandbox, string config)
    {
        var result = await ToolProcess.RunAsync(sandbox.Environment, "status", "--config", config);
        return (result.ExitCode, result.Error);
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SpotifySync.Companion.Commands;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary><c>spotify-sync secret</c> as a child process: the secret it writes, where, with which modes, and what it prints to paste.</summary>
public sealed class SecretCommandTests
{
    [Fact]
    public async Task Secret_writes_32_random_bytes_in_hex_to_a_new_config_file_readable_by_the_owner_only_and_prints_the_property_line()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        var result = await ToolProcess.RunAsync(sandbox.Environment, "secret");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var secret = Written(sandbox.DefaultConfigFile);
        Assert.Matches("^[0-9a-f]{64}$", secret);
        Assert.Equal(
            [
                $"spotify-sync: wrote a new WEBHOOK_SECRET in {sandbox.DefaultConfigFile} (readable by you only).",
                "spotify-sync: set Apps Script's Script Property WEBHOOK_SECRET (Project Settings → Script Properties) to the value of this line:",
                $"WEBHOOK_SECRET={secret}",
            ],
            result.Output.TrimEnd('\n').Split('\n'));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(sandbox.DefaultConfigFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(sandbox.DefaultConfigFile)!));
        }
        // The secret serves: what serve needed is there now.
        Assert.Equal(secret, sandbox.Configuration().RequireWebhookSecret());
    }

    [Fact]
    public async Task Secret_keeps_the_other_settings_refuses_to_replace_a_secret_without_rotate_and_replaces_it_with_rotate()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var config = Path.Combine(sandbox.Root, "mine", "config.json");
        Directory.CreateDirectory(Path.GetDirectoryName(config)!);
        File.WriteAllText(config, """{"SPOTIFY_SYNC_PORT": 6001, "SPOTIFY_SYNC_AUDIO_FORMAT": "opus"}""");

        var first = await ToolProcess.RunAsync(sandbox.Environment, "secret", "--config", config);
        var secret = Written(config);
        var again = await ToolProcess.RunAsync(sandbox.Environment, "secret", "--config", config);
        var unchanged = File.ReadAllText(config);
        var rotated = await ToolProcess.RunAsync(sandbox.Environment, "secret", "--config", config, "--rotate");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(ExitCodes.Configuration, again.ExitCode);
        Assert.Equal($"spotify-sync: the config file {config} holds a WEBHOOK_SECRET already; nothing was written. `spotify-sync secret --rotate` replaces it, " +
                     "after which Apps Script's Script Property WEBHOOK_SECRET needs the new value too.\n", again.Error);
        Assert.Equal("", again.Output);
        Assert.Contains(secret, unchanged);
        Assert.Equal(ExitCodes.Success, rotated.ExitCode);
        var newSecret = Written(config);
        Assert.NotEqual(secret, newSecret);
        Assert.StartsWith($"spotify-sync: replaced the WEBHOOK_SECRET in {config}", rotated.Output);
        Assert.EndsWith($"WEBHOOK_SECRET={newSecret}\n", rotated.Output);
        var settings = JsonNode.Parse(File.ReadAllText(config))!.AsObject();
        Assert.Equal(["SPOTIFY_SYNC_PORT", "SPOTIFY_SYNC_AUDIO_FORMAT", "WEBHOOK_SECRET"], settings.Select(setting => setting.Key));
        Assert.Equal(6001, settings["SPOTIFY_SYNC_PORT"]!.GetValue<int>());
    }

    [Fact]
    public async Task Secret_says_when_the_environment_holds_another_one_that_wins_over_the_file()
    {
        await using var sandbox = (await CompanionSandbox.StartAsync()).WithWebhookSecret();

        var result = await ToolProcess.RunAsync(sandbox.Environment, "secret");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("spotify-sync: WEBHOOK_SECRET is also set in this environment, which wins over the file: unset it, or this shell's commands keep the old one.", result.Output);
        Assert.NotEqual(CompanionSandbox.WebhookSecret, Written(sandbox.DefaultConfigFile));
    }

    private static string Written(string config) => JsonNode.Parse(File.ReadAllText(config))!["WEBHOOK_SECRET"]!.GetValue<string>();
}

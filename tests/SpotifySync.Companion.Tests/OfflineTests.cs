using System.IO;
using System.Threading.Tasks;
using SpotifySync.Companion.Commands;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>A run while Notion cannot be reached says so in a sentence, on the terminal and in the log, without a stack trace.</summary>
public sealed class OfflineTests
{
    [Fact]
    public async Task A_run_whose_connection_to_Notion_is_refused_says_Notion_could_not_be_reached_and_exits_10()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var address = $"http://127.0.0.1:{LoopbackPorts.Free()}/";
        sandbox.Set("SPOTIFY_SYNC_NOTION_BASE_URL", address);

        var result = await ToolProcess.RunAsync(sandbox.Environment, "sync");

        Assert.Equal(ExitCodes.Unreachable, result.ExitCode);
        Assert.Equal($"spotify-sync: Notion could not be reached (Connection refused ({address[7..^1]})): check this machine's network connection, " +
                     $"and SPOTIFY_SYNC_NOTION_BASE_URL, which points it to {address}; the next run tries again.\n", result.Error);
        AssertNoStackTrace(sandbox);
    }

    [Fact]
    public async Task A_run_whose_Notion_host_name_does_not_resolve_says_Notion_could_not_be_reached_and_exits_10()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        // .invalid never resolves (RFC 6761), whether this machine is online or not.
        sandbox.Set("SPOTIFY_SYNC_NOTION_BASE_URL", "http://notion.invalid/");

        var result = await ToolProcess.RunAsync(sandbox.Environment, "sync");

        Assert.Equal(ExitCodes.Unreachable, result.ExitCode);
        Assert.StartsWith("spotify-sync: Notion could not be reached (", result.Error);
        Assert.EndsWith(" (notion.invalid:80)): check this machine's network connection, and SPOTIFY_SYNC_NOTION_BASE_URL, which points it to http://notion.invalid/; the next run tries again.\n", result.Error);
        AssertNoStackTrace(sandbox);
    }

    private static void AssertNoStackTrace(CompanionSandbox sandbox)
    {
        var log = File.ReadAllText(Path.Combine(sandbox.Home, "logs", "sync.log"));
        Assert.Contains("[ERR] Run ", log);
        Assert.Contains(" failed: Notion could not be reached (", log);
        Assert.DoesNotContain("   at ", log);
        Assert.DoesNotContain("Exception", log);
    }
}

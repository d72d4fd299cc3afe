using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SpotifySync.Companion.Commands;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary><c>gas run</c> and <c>demo</c> as child processes, with the repository's emitted dist/.</summary>
public sealed class EmulationTests
{
    [Fact]
    public async Task Gas_run_with_the_sandbox_runs_the_bundle_and_prints_logs_return_value_duration_and_fetches()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        var (exitCode, output, error) = await ToolProcess.RunAsync(sandbox.Environment, "gas", "run", "syncSpotifyToNotion", "--dist", RepositoryDist.Folder(), "--sandbox", "--sandbox-liked", "30");

        Assert.True(exitCode == ExitCodes.Success, $"exit {exitCode}: {error}");
        Assert.Contains("gas run syncSpotifyToNotion: ", output);
        Assert.Contains(", on a simulated clock (Utilities.sleep takes no real time)", output);
        Assert.Contains("full sync done at 30 of 30, 30 created", output);
        var json = output[(output.IndexOf("return value:\n", System.StringComparison.Ordinal) + 14)..output.IndexOf("\nduration:", System.StringComparison.Ordinal)];
        var returned = JsonDocument.Parse(json).RootElement;
        Assert.Equal("done", returned.GetProperty("status").GetString());
        Assert.Equal(30, returned.GetProperty("fullSync").GetProperty("tracks").GetProperty("created").GetInt32());
        var fetches = int.Parse(Regex.Match(output, @"wall time; (\d+) UrlFetchApp request\(s\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        // The token, the liked songs, the data source, the dedupe queries and one create per track: the same every run for this seed.
        Assert.Equal(35, fetches);
        // The sandbox's refresh token is a secret: it is never printed.
        Assert.DoesNotContain("SPOTIFY_REFRESH_TOKEN", output);
    }

    [Fact]
    public async Task Gas_run_with_the_sandbox_has_notion_count_its_rate_budget_in_the_scripts_time_so_a_paced_run_is_never_refused()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        // 300 tracks: more Notion requests than its 180 a minute, which the script's pacing spreads over two minutes of its clock.
        var (exitCode, output, error) = await ToolProcess.RunAsync(sandbox.Environment, "gas", "run", "fullSync", "--dist", RepositoryDist.Folder(), "--sandbox", "--sandbox-liked", "300");

        Assert.True(exitCode == ExitCodes.Success, $"exit {exitCode}: {error}\n{output}");
        Assert.Contains("fullSync: done (done), 300 created, 0 updated, 0 unchanged, 0 unchecked", output);
        Assert.DoesNotContain("rate_limited", output);
    }

    [Fact]
    public async Task Gas_run_reads_script_properties_from_a_file_and_the_environment_and_writes_the_scripts_changes_back()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var file = Path.Combine(sandbox.Root, "properties.json");
        File.WriteAllText(file, """{"SPOTIFY_CLIENT_ID": "id-from-the-file", "TRACKS_DB_ID": "248104cd477e80fdb757e945d38000bd"}""");
        sandbox.Set("SPOTIFY_CLIENT_SECRET", "secret-from-the-environment");

        var (exitCode, output, error) = await ToolProcess.RunAsync(sandbox.Environment, "gas", "run", "setupTimeTrigger", "--dist", RepositoryDist.Folder(), "--properties", file);

        Assert.True(exitCode == ExitCodes.Success, $"exit {exitCode}: {error}");
        Assert.Contains("0 UrlFetchApp request(s)", output);
        var written = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))!;
        Assert.Equal("5", written["SPOTIFY_SYNC_STATE_TRIGGER_MINUTES"]);
        Assert.Equal("id-from-the-file", written["SPOTIFY_CLIENT_ID"]);
        // What came from the environment stays there; the NOTION_TOKEN of the sandbox's environment too.
        Assert.False(written.ContainsKey("SPOTIFY_CLIENT_SECRET"));
        Assert.False(written.ContainsKey("NOTION_TOKEN"));
    }

    [Fact]
    public async Task Gas_run_with_the_sandbox_runs_in_real_time_when_asked()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        var (exitCode, output, error) = await ToolProcess.RunAsync(sandbox.Environment, "gas", "run", "setupTimeTrigger", "--dist", RepositoryDist.Folder(), "--sandbox", "--clock", "real");

        Assert.True(exitCode == ExitCodes.Success, $"exit {exitCode}: {error}");
        Assert.Contains(", in real time", output);
    }

    [Fact]
    public async Task Gas_run_refuses_an_unknown_clock()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        var (exitCode, _, error) = await ToolProcess.RunAsync(sandbox.Environment, "gas", "run", "setupTimeTrigger", "--dist", RepositoryDist.Folder(), "--clock", "sundial");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("sundial", error);
    }

    [Theory]
    [InlineData("[1,", "--args is not JSON")]
    [InlineData("[]", "holds no compiled Apps Script project")]
    public async Task Gas_run_names_a_bad_argument_or_dist_with_exit_code_3(string arguments, string message)
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var dist = arguments == "[]" ? Path.Combine(sandbox.Root, "no-dist") : RepositoryDist.Folder();

        var (exitCode, _, error) = await ToolProcess.RunAsync(sandbox.Environment, "gas", "run", "fullSync", "--dist", dist, "--args", arguments);

        Assert.Equal(ExitCodes.Configuration, exitCode);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task A_function_that_throws_exits_9_with_its_error()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        var (exitCode, _, error) = await ToolProcess.RunAsync(sandbox.Environment, "gas", "run", "noSuchFunction", "--dist", RepositoryDist.Folder());

        Assert.Equal(ExitCodes.ScriptFailed, exitCode);
        Assert.Contains("noSuchFunction failed: Script function not found: noSuchFunction", error);
    }

    [Fact]
    public async Task The_demo_runs_the_whole_loop_and_prints_the_summarys_figures()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        var (exitCode, output, error) = await ToolProcess.RunAsync(sandbox.Environment, "demo", "--dist", RepositoryDist.Folder(), "--liked", "12", "--seed", "3");

        Assert.True(exitCode == ExitCodes.Success, $"exit {exitCode}: {error}\n{output}");
        Assert.Contains("BUILT-IN STAND-IN for yt-dlp", output);
        var figures = Regex.Matches(output, @"^  (?<name>[\w \(\)-]+?):\s+(?<value>\d+)", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups["name"].Value, m => int.Parse(m.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(12, figures["liked tracks in Spotify"]);
        Assert.Equal(12, figures["pages in Notion"]);
        Assert.Equal(12, figures["created by Apps Script"]);
        Assert.Equal(1, figures["notifications the companion received"]);
        Assert.Equal(1, figures["companion runs"]);
        // The stand-in's catalog leaves out each fourth track.
        Assert.Equal((9, 3, 0), (figures["downloaded (stand-in)"], figures["not found"], figures["failed"]));
        Assert.Equal(1, figures["reports recorded by doPost"]);
        Assert.Contains("pages in Notion:                      12 (each track once)", output);
        Assert.Contains("the whole loop ran.", output);
    }

    [Fact]
    public async Task The_demo_completes_for_200_liked_tracks_with_titles_over_255_bytes_and_more_notion_requests_than_a_minute_allows()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();

        // Seed 1's library holds titles whose file names pass 255 bytes (in Cyrillic, Arabic, Japanese), and 200 tracks make
        // Apps Script and the companion each send Notion more than its 180 requests a minute.
        var (exitCode, output, error) = await ToolProcess.RunAsync(sandbox.Environment, "demo", "--dist", RepositoryDist.Folder(), "--liked", "200", "--seed", "1");

        Assert.True(exitCode == ExitCodes.Success, $"exit {exitCode}: {error}\n{output}");
        Assert.Contains("full sync done at 200 of 200, 200 created", output);
        var figures = Regex.Matches(output, @"^  (?<name>[\w \(\)-]+?):\s+(?<value>\d+)", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups["name"].Value, m => int.Parse(m.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((200, 200, 200), (figures["liked tracks in Spotify"], figures["pages in Notion"], figures["created by Apps Script"]));
        Assert.Equal((0, 0), (figures["failed"], figures["no download outcome yet"]));
        Assert.Equal(200, figures["downloaded (stand-in)"] + figures["not found"]);
        Assert.Contains("companion runs:                       1 (all succeeded)", output);
        Assert.Contains("the whole loop ran.", output);
    }
}

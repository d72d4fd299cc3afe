using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// companion/README.md's recipe for signing a request with openssl and sending it with curl, run as written by bash
/// against a real <c>serve</c> child process: only its <c>url=</c> and <c>secret=</c> lines get this test's values.
/// It needs bash, openssl and curl, which <c>.ci/run</c> installs where they are missing.
/// </summary>
public sealed class SignedCurlRecipeTests
{
    [Fact]
    public async Task The_documented_curl_and_openssl_lines_get_the_status_and_set_the_interval_and_enabled_as_the_design_shows()
    {
        await using var sandbox = (await CompanionSandbox.StartAsync()).WithWebhookSecret();
        var dataSource = sandbox.Notion.Workspace.CreateDatabase("Automations", CompanionSandbox.ConfigurationSchema).DataSourceId;
        sandbox.Set("CONFIG_DB_ID", dataSource);
        var scriptRow = sandbox.Notion.Workspace.AddPage(dataSource, new Dictionary<string, object?> { ["Name"] = "SpotifySync (Apps Script)", ["Trigger Type"] = "GAS", ["Sync Interval"] = 15.0 });
        var port = LoopbackPorts.Free();
        sandbox.Set("SPOTIFY_SYNC_PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var serve = ToolProcess.Start(sandbox.Environment, "serve");
        if (await serve.ReadOutputLineAsync() is null) Assert.Fail($"serve exited before serving: {(await serve.WaitAsync()).Error}");

        var (exitCode, output, error) = await BashAsync(Recipe($"http://localhost:{port}", CompanionSandbox.WebhookSecret));
        serve.Interrupt();
        await serve.WaitAsync();

        Assert.True(exitCode == 0, $"bash exited {exitCode}: {error}");
        var answers = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, answers.Length);
        using (var status = JsonDocument.Parse(answers[0])) Assert.Equal("0.1.0", status.RootElement.GetProperty("version").GetString());
        using (var config = JsonDocument.Parse(answers[1]))
        {
            Assert.StartsWith("Sync Interval 5 written to the row 'SpotifySync (Apps Script)'", config.RootElement.GetProperty("appsScript").GetString());
            Assert.True(config.RootElement.GetProperty("automation").GetProperty("syncEnabled").GetBoolean());
        }
        Assert.Equal(5, sandbox.Notion.Workspace.Page(scriptRow).Number("Sync Interval"));
    }

    /// <summary>The recipe's lines from companion/README.md, its url and secret set to <paramref name="url"/> and <paramref name="secret"/>.</summary>
    private static string Recipe(string url, string secret)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryDist.Root(), "companion", "README.md"));
        var start = readme.IndexOf("<!-- signed-curl -->\n```sh\n", StringComparison.Ordinal);
        var end = readme.IndexOf("```\n<!-- /signed-curl -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "companion/README.md has no ```sh block between <!-- signed-curl --> and <!-- /signed-curl -->.");
        var lines = readme[(start + "<!-- signed-curl -->\n```sh\n".Length)..end].Split('\n').ToList();
        Assert.StartsWith("url=", lines[0]);
        Assert.StartsWith("secret=", lines[1]);
        lines[0] = $"url={url}";
        lines[1] = $"secret={secret}";
        return string.Join('\n', lines);
    }

    private static async Task<(int ExitCode, string Output, string Error)> BashAsync(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-euo", "pipefail", "-s" }) start.ArgumentList.Add(argument);
        using var bash = Process.Start(start)!;
        await bash.StandardInput.WriteAsync(script);
        bash.StandardInput.Close();
        var output = bash.StandardOutput.ReadToEndAsync();
        var error = bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (bash.ExitCode, await output, await error);
    }
}

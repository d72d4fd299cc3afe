using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using SpotifySync.Companion.Commands;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary><c>spotify-sync api</c> as a child process against the server on a loopback port: signed as the server checks, answers printed for a person.</summary>
public sealed class ApiCommandTests
{
    [Fact]
    public async Task Health_and_status_print_the_servers_answers_and_json_prints_them_as_they_came()
    {
        await using var api = await LoopbackApi.StartAsync();
        var url = api.Server.BaseAddress.ToString();

        var health = await ToolProcess.RunAsync(api.Sandbox.Environment, "api", "health", "--url", url);
        var status = await ToolProcess.RunAsync(api.Sandbox.Environment, "api", "status", "--url", url);
        var json = await ToolProcess.RunAsync(api.Sandbox.Environment, "api", "--url", url, "--json", "status");

        Assert.Equal(ExitCodes.Success, health.ExitCode);
        Assert.StartsWith($"spotify-sync 0.1.0 at {url}: ok, serving since ", health.Output);
        Assert.Equal(ExitCodes.Success, status.ExitCode);
        Assert.Equal([$"spotify-sync 0.1.0 at {url}", "running: no"], status.Output.Split('\n')[..2]);
        Assert.Contains("last runs:\n  none yet\n", status.Output);
        Assert.Equal(ExitCodes.Success, json.ExitCode);
        using var report = JsonDocument.Parse(json.Output);
        Assert.Equal("0.1.0", report.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Trigger_sync_starts_a_run_and_a_second_one_while_it_runs_exits_12_with_the_servers_problem()
    {
        await using var api = await LoopbackApi.StartAsync(sandbox => sandbox.Set("STANDIN_YTDLP_GATE", Path.Combine(sandbox.Root, "gate")));
        api.Sandbox.AddTrack("Midnight City", "M83", 244);
        var url = api.Server.BaseAddress.ToString();

        var started = await ToolProcess.RunAsync(api.Sandbox.Environment, "api", "trigger-sync", "--mode", "full", "--url", url);
        var busy = await ToolProcess.RunAsync(api.Sandbox.Environment, "api", "trigger-sync", "--url", url);
        File.WriteAllText(Path.Combine(api.Sandbox.Root, "gate"), "");
        await api.Server.Service.Runs.Current;

        Assert.Equal(ExitCodes.Success, started.ExitCode);
        var run = Assert.Single(api.Sandbox.State.Read().Runs);
        Assert.Equal($"spotify-sync: run {run.RunId} (full) started on {url}; `spotify-sync api status` shows how it goes.\n", started.Output);
        Assert.Equal(("full", "trigger-sync"), (run.Mode, run.Trigger));
        Assert.Equal(ExitCodes.ApiRefused, busy.ExitCode);
        Assert.StartsWith($"spotify-sync: {url} answered 409 sync_running: A sync is running (run {run.RunId}, PID ", busy.Error);
    }

    [Fact]
    public async Task Config_sends_the_designs_fields_and_prints_what_became_of_the_switches_and_the_interval()
    {
        await using var api = await LoopbackApi.StartAsync(sandbox => sandbox.Set("CONFIG_DB_ID", sandbox.Notion.Workspace.CreateDatabase("Automations", CompanionSandbox.ConfigurationSchema).DataSourceId));
        var dataSource = api.Sandbox.Configuration().ConfigDbId!;
        var scriptRow = api.Sandbox.Notion.Workspace.AddPage(dataSource, new Dictionary<string, object?> { ["Name"] = "SpotifySync (Apps Script)", ["Trigger Type"] = "GAS", ["Sync Interval"] = 15.0 });
        var url = api.Server.BaseAddress.ToString();

        var config = await ToolProcess.RunAsync(api.Sandbox.Environment, "api", "config", "--enabled", "false", "--trigger-interval", "5", "--url", url);
        var nothing = await ToolProcess.RunAsync(api.Sandbox.Environment, "api", "config", "--url", url);
        var notAnInterval = await ToolProcess.RunAsync(api.Sandbox.Environment, "api", "config", "--trigger-interval", "7", "--url", url);

        Assert.True(config.ExitCode == ExitCodes.Success, config.Error);
        var lines = config.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("spotify-sync: sync enabled False, mode incremental, cron active False.", lines[0]);
        Assert.StartsWith("spotify-sync: configuration row: added ", lines[1]);
        Assert.StartsWith($"spotify-sync: Apps Script: Sync Interval 5 written to the row 'SpotifySync (Apps Script)' ({scriptRow})", lines[2]);
        Assert.Equal(5, api.Sandbox.Notion.Workspace.Page(scriptRow).Number("Sync Interval"));
        Assert.False(api.Sandbox.State.Read().Automation.SyncEnabled);
        Assert.Equal((ExitCodes.Usage, "spotify-sync: give at least one of --enabled, --sync-mode, --cron-active and --trigger-interval.\n"), (nothing.ExitCode, nothing.Error));
        Assert.Equal(ExitCodes.Usage, notAnInterval.ExitCode);
    }

    [Fact]
    public async Task A_wrong_or_missing_secret_or_no_server_at_the_address_is_told_with_its_own_exit_code()
    {
        await using var api = await LoopbackApi.StartAsync();
        var url = api.Server.BaseAddress.ToString();
        var nobody = $"http://127.0.0.1:{LoopbackPorts.Free()}/";
        var environment = new Dictionary<string, string?>(api.Sandbox.Environment) { ["WEBHOOK_SECRET"] = "another-secret" };

        var wrongSecret = await ToolProcess.RunAsync(environment, "api", "status", "--url", url);
        environment["WEBHOOK_SECRET"] = null;
        var noSecret = await ToolProcess.RunAsync(environment, "api", "status", "--url", url);
        var healthWithoutSecret = await ToolProcess.RunAsync(environment, "api", "health", "--url", url);
        var noServer = await ToolProcess.RunAsync(api.Sandbox.Environment, "api", "health", "--url", nobody);
        var notAUrl = await ToolProcess.RunAsync(api.Sandbox.Environment, "api", "health", "--url", "ftp://example.net");

        Assert.Equal(ExitCodes.ApiRefused, wrongSecret.ExitCode);
        Assert.Equal($"spotify-sync: {url} answered 401 invalid_signature: The signature does not match the request line (method, path and query as sent): check WEBHOOK_SECRET on both sides.\n", wrongSecret.Error);
        Assert.Equal(ExitCodes.Configuration, noSecret.ExitCode);
        Assert.StartsWith("spotify-sync: WEBHOOK_SECRET is not set: every request of the webhook API but GET /gas/health is signed with it", noSecret.Error);
        Assert.Equal(ExitCodes.Success, healthWithoutSecret.ExitCode);
        Assert.Equal(ExitCodes.Unreachable, noServer.ExitCode);
        Assert.StartsWith($"spotify-sync: nothing answers at {nobody} (", noServer.Error);
        Assert.EndsWith("): start `spotify-sync serve` there, or give the server's address with --url.\n", noServer.Error);
        Assert.Equal(ExitCodes.Usage, notAUrl.ExitCode);
    }

    [Fact]
    public async Task Without_url_it_calls_the_configured_servers_address()
    {
        await using var sandbox = (await CompanionSandbox.StartAsync()).WithWebhookSecret();
        var port = LoopbackPorts.Free();
        sandbox.Set("SPOTIFY_SYNC_PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var serve = ToolProcess.Start(sandbox.Environment, "serve");
        if (await serve.ReadOutputLineAsync() is null) Assert.Fail($"serve exited before serving: {(await serve.WaitAsync()).Error}");

        var status = await ToolProcess.RunAsync(sandbox.Environment, "api", "status");
        serve.Interrupt();
        await serve.WaitAsync();

        Assert.True(status.ExitCode == ExitCodes.Success, status.Error);
        Assert.StartsWith($"spotify-sync 0.1.0 at http://127.0.0.1:{port}/\n", status.Output);
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Sync;
using SpotifySync.Core.Sync;
using SpotifySync.Sandbox.Notion;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// The companion's row of the configuration database (CONFIG_DB_ID) in the sandbox's Notion: Sync Enabled, Sync Mode
/// and Cron Active acted on by runs, <c>cron install|remove</c>, and written only when something changed.
/// </summary>
public sealed class ConfigurationRowTests
{
    private const string Where = "in the configuration row 'Companion' of CONFIG_DB_ID";
    private const string Disabled = $"Sync Enabled is unchecked {Where}: runs nobody starts by hand do nothing until it is checked.";
    private const string Manual = $"Sync Mode is manual {Where}: runs nobody starts by hand do nothing; start one yourself, or set it to incremental or full.";

    [Fact]
    public async Task Sync_Enabled_unchecked_makes_the_runs_nobody_starts_do_nothing_and_say_so_while_a_persons_sync_runs()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var config = ConfigurationDatabase.WithRow(sandbox, syncEnabled: false, syncMode: "incremental");
        var page = sandbox.AddTrack("Midnight City", "M83", 244);
        var time = new ManualTime(DateTimeOffset.UtcNow);

        var scheduled = await SyncRuns.RunAsync(sandbox, time: time, trigger: RunTriggers.Schedule);

        Assert.Equal((ExitCodes.Success, RunOutcomes.Disabled, Disabled), (scheduled.ExitCode, scheduled.Run!.Outcome, scheduled.Message));
        Assert.Equal("Pending", sandbox.Page(page).Select("Download Status"));
        Assert.Empty(sandbox.YtDlpCalls());

        var person = await ToolProcess.RunAsync(sandbox.Environment, "sync");

        Assert.Equal(ExitCodes.Success, person.ExitCode);
        Assert.Equal("Downloaded", sandbox.Page(page).Select("Download Status"));
        Assert.Equal([RunOutcomes.Succeeded, RunOutcomes.Disabled], sandbox.State.Read().Runs.Select(r => r.Outcome));

        var later = sandbox.AddTrack("Teardrop", "Massive Attack", 330);
        sandbox.Notion.Workspace.EditAsPerson(config.RowId, "Sync Enabled", true);
        // The runs kept the row they read in the state file for 15 minutes from this clock's start.
        time.Advance(TimeSpan.FromMinutes(16));
        var enabled = await SyncRuns.RunAsync(sandbox, time: time, trigger: RunTriggers.Schedule);

        Assert.Equal((ExitCodes.Success, RunOutcomes.Succeeded), (enabled.ExitCode, enabled.Run!.Outcome));
        Assert.Equal("Downloaded", sandbox.Page(later).Select("Download Status"));
        // Notion keeps a date to the minute.
        var now = time.GetUtcNow().UtcDateTime;
        Assert.Equal(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute)), DateTimeOffset.Parse(config.Row().Date("Last Sync")!.Start).UtcDateTime);
    }

    [Fact]
    public async Task Sync_Mode_manual_makes_the_schedules_runs_do_nothing_while_a_persons_sync_runs()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        ConfigurationDatabase.WithRow(sandbox, syncEnabled: true, syncMode: "manual");
        var page = sandbox.AddTrack("Midnight City", "M83", 244);

        var scheduled = await ToolProcess.RunAsync(sandbox.Environment, "sync", "--mode", "incremental", "--scheduled");

        Assert.Equal(ExitCodes.Success, scheduled.ExitCode);
        Assert.Equal($"spotify-sync: {Manual}\n", scheduled.Output);
        var skipped = Assert.Single(sandbox.State.Read().Runs);
        Assert.Equal((RunTriggers.Schedule, RunOutcomes.Skipped, Manual), (skipped.Trigger, skipped.Outcome, skipped.SkipReason));
        Assert.Equal("Pending", sandbox.Page(page).Select("Download Status"));
        Assert.Empty(sandbox.YtDlpCalls());

        var person = await ToolProcess.RunAsync(sandbox.Environment, "sync");

        Assert.Equal(ExitCodes.Success, person.ExitCode);
        Assert.Contains("1 downloaded", person.Output);
        Assert.Equal((RunTriggers.CommandLine, RunOutcomes.Succeeded), (sandbox.State.Read().Runs[0].Trigger, sandbox.State.Read().Runs[0].Outcome));
        Assert.Equal("Downloaded", sandbox.Page(page).Select("Download Status"));
    }

    [Fact]
    public async Task Sync_Mode_full_makes_the_schedules_incremental_runs_full_runs_and_leaves_a_persons_incremental_run_incremental()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        ConfigurationDatabase.WithRow(sandbox, syncEnabled: true, syncMode: "full");
        // Only a full run looks for downloaded files that are gone.
        var gone = sandbox.AddTrack("Teardrop", "Massive Attack", 330, status: "Downloaded", downloaded: true, filePath: "/nowhere/Teardrop.mp3");

        var person = await SyncRuns.RunAsync(sandbox, SyncModes.Incremental);
        Assert.Equal((SyncModes.Incremental, 0), (person.Run!.Mode, person.Run.MissingFiles));
        Assert.Equal("Downloaded", sandbox.Page(gone).Select("Download Status"));

        var scheduled = await SyncRuns.RunAsync(sandbox, SyncModes.Incremental, trigger: RunTriggers.Schedule);

        Assert.Equal((SyncModes.Full, 1, 1, RunOutcomes.Succeeded), (scheduled.Run!.Mode, scheduled.Run.MissingFiles, scheduled.Run.Downloaded, scheduled.Run.Outcome));
        Assert.Equal(Path.Combine(sandbox.DownloadDir, "Massive Attack - Teardrop.[2001].mp3"), sandbox.Page(gone).Text("File Path"));
    }

    [Fact]
    public async Task Cron_install_and_remove_set_Cron_Active_in_the_companions_row_adding_it_beside_the_scripts_and_a_run_sees_a_crontab_changed_by_hand()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var config = ConfigurationDatabase.Empty(sandbox);
        // The script's row shares the database; the companion's is found by its Name, never this one.
        var script = sandbox.Notion.Workspace.AddPage(config.DataSourceId, new Dictionary<string, object?>
        {
            ["Name"] = "SpotifySync (Apps Script)", ["Trigger Type"] = "GAS", ["Sync Enabled"] = true, ["Sync Mode"] = "incremental",
        });

        var install = await ToolProcess.RunAsync(sandbox.Environment, "cron", "install", "--write-config");

        Assert.Equal(ExitCodes.Success, install.ExitCode);
        var row = Assert.Single(sandbox.Notion.Workspace.Pages(config.DataSourceId), page => page.Id != script);
        Assert.Contains($"spotify-sync: configuration row 'Companion': Cron Active checked (added {row.Id}).", install.Output);
        Assert.Equal(("Companion", "Cron", true, "incremental", true), (row.Text("Name"), row.Select("Trigger Type"), row.Checkbox("Sync Enabled"), row.Select("Sync Mode"), row.Checkbox("Cron Active")));
        config.RowId = row.Id;

        var again = await ToolProcess.RunAsync(sandbox.Environment, "cron", "install");
        Assert.Contains($"Cron Active checked (unchanged {row.Id})", again.Output);
        Assert.Equal(0, config.Writes());

        // A person empties the crontab by hand; the next run sees it.
        File.WriteAllText(sandbox.CrontabFile, "");
        var run = await SyncRuns.RunAsync(sandbox);
        Assert.Equal(RunOutcomes.Succeeded, run.Run!.Outcome);
        Assert.False(config.Row().Checkbox("Cron Active"));
        Assert.False(sandbox.State.Read().Automation.CronActive);
        Assert.Equal(1, config.Writes());

        Assert.Equal(ExitCodes.Success, (await ToolProcess.RunAsync(sandbox.Environment, "cron", "install")).ExitCode);
        Assert.True(config.Row().Checkbox("Cron Active"));
        var remove = await ToolProcess.RunAsync(sandbox.Environment, "cron", "remove");
        Assert.Contains($"Cron Active unchecked (updated {row.Id})", remove.Output);
        Assert.False(config.Row().Checkbox("Cron Active"));
        Assert.Equal(3, config.Writes());
        Assert.Equal(2, sandbox.Notion.Workspace.Pages(config.DataSourceId).Count);
        Assert.False(sandbox.Page(script).Checkbox("Cron Active"));
        Assert.Equal(0, sandbox.Notion.Traffic.Entries.Count(e => e.Method == "PATCH" && e.Path.Contains(script, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_idle_run_writes_nothing_a_failed_run_counts_its_error_and_the_next_success_clears_it()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var config = ConfigurationDatabase.WithRow(sandbox, syncEnabled: true, syncMode: "incremental", lastSync: new NotionDate("2026-11-01T03:00:00.000Z"));
        var lastSync = config.Row().Date("Last Sync");
        var time = new ManualTime(DateTimeOffset.UtcNow);

        await SyncRuns.RunAsync(sandbox, time: time);
        await SyncRuns.RunAsync(sandbox, time: time);
        Assert.Equal((1, 0), (config.Reads(), config.Writes()));

        sandbox.Set("STANDIN_YTDLP_FAIL_IDS", "4001");
        var broken = sandbox.AddTrack("Bad Track", "Broken", 200);
        var failed = await SyncRuns.RunAsync(sandbox, time: time);

        Assert.Equal(ExitCodes.CompletedWithErrors, failed.ExitCode);
        Assert.Equal(1, config.Writes());
        Assert.Equal(1, config.Row().Number("Error Count"));
        Assert.Contains("failed: ", config.Row().Text("Last Error"));
        Assert.Contains(failed.Run!.Errors[0], config.Row().Text("Last Error"));
        Assert.Equal(lastSync, config.Row().Date("Last Sync"));

        sandbox.Notion.Workspace.EditAsPerson(broken, "Download Status", "Not Found");
        var recovered = await SyncRuns.RunAsync(sandbox, time: time);

        Assert.Equal(ExitCodes.Success, recovered.ExitCode);
        Assert.Equal(2, config.Writes());
        Assert.Equal((0.0, ""), (config.Row().Number("Error Count"), config.Row().Text("Last Error")));
        Assert.Equal(1, config.Reads());
    }

    /// <summary>A configuration database in the sandbox's Notion, named by CONFIG_DB_ID, and the companion's row in it.</summary>
    private sealed class ConfigurationDatabase(CompanionSandbox sandbox, NotionDatabaseIds ids)
    {
        public string DataSourceId => ids.DataSourceId;

        public string RowId { get; set; } = "";

        public static ConfigurationDatabase Empty(CompanionSandbox sandbox)
        {
            var ids = sandbox.Notion.Workspace.CreateDatabase("Automations", CompanionSandbox.ConfigurationSchema);
            sandbox.Set("CONFIG_DB_ID", ids.DatabaseId);
            return new ConfigurationDatabase(sandbox, ids);
        }

        public static ConfigurationDatabase WithRow(CompanionSandbox sandbox, bool syncEnabled, string syncMode, NotionDate? lastSync = null)
        {
            var database = Empty(sandbox);
            database.RowId = sandbox.Notion.Workspace.AddPage(database.DataSourceId, new Dictionary<string, object?>
            {
                ["Name"] = "Companion", ["Trigger Type"] = "Cron", ["Sync Enabled"] = syncEnabled, ["Sync Mode"] = syncMode,
                ["Cron Active"] = false, ["Error Count"] = 0.0, ["Last Sync"] = lastSync,
            });
            return database;
        }

        public NotionPageSnapshot Row() => sandbox.Page(RowId);

        /// <summary>The queries of the configuration data source: each a read of the row from Notion.</summary>
        public int Reads() => sandbox.Notion.Traffic.Entries.Count(e => e.Method == "POST" && e.Path.Contains(ids.DataSourceId, StringComparison.Ordinal));

        public int Writes() => sandbox.Notion.Traffic.Entries.Count(e => e.Method == "PATCH" && e.Path.Contains(RowId, StringComparison.Ordinal));
    }
}

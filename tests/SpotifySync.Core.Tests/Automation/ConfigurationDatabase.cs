using System.Collections.Generic;
using System.Linq;
using SpotifySync.Core.Automation;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Sync.Results;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Sandbox.Notion;

namespace SpotifySync.Core.Tests.Automation;

/// <summary>A configuration database as a person makes it (a title and nothing else), set as <c>CONFIG_DB_ID</c>.</summary>
internal sealed class ConfigurationDatabase
{
    private ConfigurationDatabase(SyncSandbox sandbox, NotionDatabaseIds ids)
    {
        Sandbox = sandbox;
        Ids = ids;
    }

    public SyncSandbox Sandbox { get; }

    public NotionDatabaseIds Ids { get; }

    public static ConfigurationDatabase Create(SyncSandbox sandbox)
    {
        var ids = sandbox.Notion.Workspace.CreateDatabase("Automations", """{"Name":{"title":{}}}""");
        sandbox.Store.Set(SettingNames.ConfigDbId, ids.DatabaseId);
        return new ConfigurationDatabase(sandbox, ids);
    }

    /// <summary>What initializeSpotifySync does with it: properties added, the script's row created (trigger installed).</summary>
    public AutomationSetup Prepare() => Sandbox.Execution().AutomationRows()!.Prepare(5, true);

    public NotionPageSnapshot Row() => Sandbox.Notion.Workspace.Pages(Ids.DataSourceId).Single();

    /// <summary>Queries of the configuration data source so far.</summary>
    public int Reads() => Sandbox.Notion.Traffic.Entries.Count(e => e.Method == "POST" && e.Path.Contains(Ids.DataSourceId));

    /// <summary>Updates of the row so far.</summary>
    public int Writes() => Sandbox.Notion.Traffic.Entries.Count(e => e.Method == "PATCH" && e.Path.Contains(Row().Id));

    /// <summary>The intervals the runs moved the trigger to, in order.</summary>
    public List<int> TriggerMoves { get; } = new();

    /// <summary>The script's runs of one execution, the sync trigger installed.</summary>
    public AutomatedSync Automation() => new AutomatedSync(Sandbox.Execution(), () => true);

    /// <summary>A run of the sync trigger (or, with <paramref name="byTrigger"/> false, one started by hand).</summary>
    public SavedTracksResult Run(bool byTrigger = true) => Automation().Run(byTrigger, TriggerMoves.Add);
}

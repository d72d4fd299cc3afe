using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpotifySync.Core.Automation;

/// <summary>What <c>initializeSpotifySync</c> found and did in the configuration data source of <c>CONFIG_DB_ID</c>.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class AutomationSetup
{
    public string DataSourceId { get; set; } = "";

    /// <summary>The configuration properties the data source lacked and now has.</summary>
    public List<string> PropertiesAdded { get; set; } = new();

    /// <summary>The page id of the script's row (Trigger Type GAS).</summary>
    public string RowId { get; set; } = "";

    /// <summary>Whether the row was created now; false when it was there and only brought up to date.</summary>
    public bool RowCreated { get; set; }

    public bool SyncEnabled { get; set; }

    public string SyncMode { get; set; } = "";
}

namespace SpotifySync.Core.Automation;

/// <summary>
/// The properties of the Notion configuration data source (<c>CONFIG_DB_ID</c>; docs/architecture.md, "Configuration"),
/// which holds one row per automation: the script's (Trigger Type GAS), the companion's cron job, a webhook.
/// </summary>
public static class AutomationProperties
{
    public const string Name = "Name";
    public const string TriggerType = "Trigger Type";
    public const string SyncEnabled = "Sync Enabled";

    /// <summary>Minutes between the automation's runs.</summary>
    public const string SyncInterval = "Sync Interval";

    /// <summary>One of <see cref="AutomationSyncModes"/>.</summary>
    public const string SyncMode = "Sync Mode";

    public const string LastSync = "Last Sync";

    /// <summary>Failed runs since the last run that succeeded.</summary>
    public const string ErrorCount = "Error Count";

    public const string LastError = "Last Error";
    public const string GasTriggerActive = "GAS Trigger Active";
    public const string CronActive = "Cron Active";

    /// <summary>Who holds the library lease (<see cref="LibraryLease"/>), kept in the script's row; empty when nobody does.</summary>
    public const string LeaseHolder = "Lease Holder";

    /// <summary>When the library lease ends unless its holder renews it.</summary>
    public const string LeaseUntil = "Lease Until";
}

namespace SpotifySync.Core.Automation;

/// <summary>The options of the configuration row's Trigger Type: which automation a row belongs to.</summary>
public static class TriggerTypes
{
    /// <summary>The Apps Script time-driven trigger's row, the script's own.</summary>
    public const string Gas = "GAS";

    public const string Cron = "Cron";
    public const string Webhook = "Webhook";
}

using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpotifySync.App;

/// <summary>What <c>setupTimeTrigger()</c> did.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class TriggerSetup
{
    public string Handler { get; set; } = "";

    public int IntervalMinutes { get; set; }

    /// <summary>False when a trigger with this interval was already installed and was kept as it was.</summary>
    public bool Created { get; set; }

    /// <summary>How many older triggers of the handler were deleted to make way for the new one.</summary>
    public int Removed { get; set; }

    /// <summary>The unique ID of the installed trigger.</summary>
    public string UniqueId { get; set; } = "";

    /// <summary>The recently played trigger, set up alongside the sync trigger; null when its interval is 0.</summary>
    public TriggerSetup? RecentlyPlayed { get; set; }
}

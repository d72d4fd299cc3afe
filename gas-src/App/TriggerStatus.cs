using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpotifySync.App;

/// <summary>What <c>getTriggerStatus()</c> returns: whether the sync trigger is installed, and every trigger of the project.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class TriggerStatus
{
    /// <summary>The function the sync trigger calls.</summary>
    public string Handler { get; set; } = "";

    /// <summary>True when exactly one time-driven trigger calls <see cref="Handler"/>.</summary>
    public bool Installed { get; set; }

    /// <summary>The interval <c>setupTimeTrigger</c> installed, or null when none is recorded.</summary>
    public int? IntervalMinutes { get; set; }

    /// <summary>True when exactly one time-driven trigger calls <c>syncRecentlyPlayed</c>.</summary>
    public bool RecentlyPlayedInstalled { get; set; }

    /// <summary>The interval of the recently played trigger, or null when none is installed.</summary>
    public int? RecentlyPlayedIntervalMinutes { get; set; }

    /// <summary>Every installable trigger of the project, the sync trigger among them.</summary>
    public List<TriggerInfo> Triggers { get; set; } = new();
}

/// <summary>One installable trigger, as <c>getTriggerStatus()</c> reports it.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class TriggerInfo
{
    public string UniqueId { get; set; } = "";

    public string HandlerFunction { get; set; } = "";

    /// <summary>The event type's name, such as <c>CLOCK</c>.</summary>
    public string EventType { get; set; } = "";
}

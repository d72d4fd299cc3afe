using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpotifySync.App;

/// <summary>What <c>doPost</c> answers a valid envelope.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class CompanionEventReceipt
{
    public bool Recorded { get; set; }

    /// <summary>How many companion events are kept now.</summary>
    public int Kept { get; set; }
}

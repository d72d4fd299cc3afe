using Newtonsoft.Json;

namespace SpotifySync.Core.Sync.State;

/// <summary>Failed runs in a row and the last error; a run that succeeds resets it.</summary>
public sealed class RunHealth
{
    [JsonProperty("failuresInARow")]
    public int? FailuresInARow { get; set; }

    [JsonProperty("lastError")]
    public string? LastError { get; set; }

    /// <summary>ISO 8601 UTC of the last failure.</summary>
    [JsonProperty("lastErrorAt")]
    public string? LastErrorAt { get; set; }
}

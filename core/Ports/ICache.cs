namespace SpotifySync.Core.Ports;

/// <summary>A short-lived string cache (Apps Script's script cache): any entry may be gone before it expires.</summary>
public interface ICache
{
    /// <summary>The cached value, or null when there is none.</summary>
    string? Get(string key);

    /// <summary>Caches the value for the given seconds (1 to 21600 in Apps Script).</summary>
    void Put(string key, string value, int seconds);

    void Remove(string key);
}

namespace SpotifySync.Core.Ports;

/// <summary>
/// Durable string settings and state: Apps Script's script properties (9 KB a value, 500 KB in all), a file for the
/// companion. Keys the core writes are prefixed and listed in <see cref="StateKeys"/>.
/// </summary>
public interface IKeyValueStore
{
    /// <summary>The value under the key, or null when there is none.</summary>
    string? Get(string key);

    void Set(string key, string value);

    void Delete(string key);
}

using System.Collections.Generic;

namespace AppsScript.Interop.Services;

/// <summary>
/// Apps Script's <c>CacheService</c>: short-lived string caches. Keys are at most 250 characters, values at
/// most 100 KB; an entry lives 600 s by default and at most 21600 s (6 hours), and may go earlier.
/// </summary>
[External]
public static class CacheService
{
    /// <summary>The cache shared by every user of this script.</summary>
    public static extern Cache GetScriptCache();

    /// <summary>The cache of the user running the script, for this script only.</summary>
    public static extern Cache GetUserCache();

    /// <summary>The cache of the open document; null when the script is not bound to a document.</summary>
    public static extern Cache? GetDocumentCache();
}

/// <summary>One cache of <see cref="CacheService"/>. Every read may find nothing: it is a cache, not storage.</summary>
[External]
public interface Cache
{
    /// <summary>The value cached under the key, or null when there is none.</summary>
    string? Get(string key);

    /// <summary>The cached values of the keys that have one, keyed by key.</summary>
    Dictionary<string, string> GetAll(IReadOnlyList<string> keys);

    /// <summary>Caches the value under the key for 600 seconds.</summary>
    void Put(string key, string value);

    /// <summary>Caches the value under the key for the given number of seconds (1 to 21600).</summary>
    void Put(string key, string value, int expirationInSeconds);

    /// <summary>Caches every key and value given for 600 seconds.</summary>
    void PutAll(Dictionary<string, string> values);

    /// <summary>Caches every key and value given for the given number of seconds (1 to 21600).</summary>
    void PutAll(Dictionary<string, string> values, int expirationInSeconds);

    /// <summary>Removes the key from the cache.</summary>
    void Remove(string key);

    /// <summary>Removes every key given from the cache.</summary>
    void RemoveAll(IReadOnlyList<string> keys);
}

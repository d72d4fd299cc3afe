using System.Collections.Generic;

namespace AppsScript.Interop.Services;

/// <summary>
/// Apps Script's <c>PropertiesService</c>: persistent string key-value stores. Each value is at most 9 KB and
/// each store at most 500 KB.
/// </summary>
[External]
public static class PropertiesService
{
    /// <summary>The store shared by every user of this script.</summary>
    public static extern Properties GetScriptProperties();

    /// <summary>The store of the user running the script, for this script only.</summary>
    public static extern Properties GetUserProperties();

    /// <summary>The store of the open document; null when the script is not bound to a document.</summary>
    public static extern Properties? GetDocumentProperties();
}

/// <summary>One property store of <see cref="PropertiesService"/>. Values are strings.</summary>
[External]
public interface Properties
{
    /// <summary>The value stored under the key, or null when there is none.</summary>
    string? GetProperty(string key);

    /// <summary>Stores the value under the key, replacing any value there; returns the store for chaining.</summary>
    Properties SetProperty(string key, string value);

    /// <summary>Removes the key and its value; returns the store for chaining.</summary>
    Properties DeleteProperty(string key);

    /// <summary>A copy of every key and value in the store.</summary>
    Dictionary<string, string> GetProperties();

    /// <summary>Stores every key and value given, keeping the others; returns the store for chaining.</summary>
    Properties SetProperties(Dictionary<string, string> properties);

    /// <summary>Stores every key and value given, first deleting all others when <paramref name="deleteAllOthers"/> is true.</summary>
    Properties SetProperties(Dictionary<string, string> properties, bool deleteAllOthers);

    /// <summary>Every key in the store.</summary>
    string[] GetKeys();

    /// <summary>Removes every key and value; returns the store for chaining.</summary>
    Properties DeleteAllProperties();
}

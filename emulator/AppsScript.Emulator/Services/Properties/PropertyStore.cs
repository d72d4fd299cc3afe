using System.Collections.Generic;
using System.Linq;
using System.Text;
using AppsScript.Emulator.Quotas;

namespace AppsScript.Emulator.Services.Properties;

/// <summary>
/// One property store (script, user or document), kept across executions. Values are strings; a value may
/// take 9 KB and the whole store (keys and values, in UTF-8) 500 KB, enforced with Apps Script's errors.
/// </summary>
public sealed class PropertyStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _values = new();
    private readonly PlatformLimits _limits;

    internal PropertyStore(PlatformLimits limits)
    {
        _limits = limits;
    }

    /// <summary>The store's size as the 500 KB limit counts it: the UTF-8 bytes of every key and value.</summary>
    public int SizeInBytes
    {
        get
        {
            lock (_gate) return Size(_values);
        }
    }

    public string? Get(string key)
    {
        lock (_gate) return _values.GetValueOrDefault(key);
    }

    /// <summary>A copy of the store, in insertion order.</summary>
    public IReadOnlyDictionary<string, string> Snapshot()
    {
        lock (_gate) return new Dictionary<string, string>(_values);
    }

    public void Set(string key, string value) => SetAll([new(key, value)], deleteAllOthers: false);

    /// <summary>Sets all of <paramref name="values"/> (after removing every other key when asked), or nothing when a limit would be broken.</summary>
    public void SetAll(IReadOnlyList<KeyValuePair<string, string>> values, bool deleteAllOthers)
    {
        foreach (var (_, value) in values)
        {
            if (Encoding.UTF8.GetByteCount(value) > _limits.PropertyValueBytes) throw new AppsScriptException("Argument too large: value");
        }
        lock (_gate)
        {
            var result = deleteAllOthers ? new Dictionary<string, string>() : new Dictionary<string, string>(_values);
            foreach (var (key, value) in values) result[key] = value;
            if (Size(result) > _limits.PropertyStoreBytes)
            {
                throw new AppsScriptException("You have exceeded the property storage quota. Please remove some properties and try again.");
            }
            _values.Clear();
            foreach (var (key, value) in result) _values[key] = value;
        }
    }

    public void Delete(string key)
    {
        lock (_gate) _values.Remove(key);
    }

    public void DeleteAll()
    {
        lock (_gate) _values.Clear();
    }

    private static int Size(Dictionary<string, string> values) =>
        values.Sum(pair => Encoding.UTF8.GetByteCount(pair.Key) + Encoding.UTF8.GetByteCount(pair.Value));
}

using System;
using System.Text;

namespace AppsScript.Emulator.Runtime;

/// <summary>The ids Apps Script makes up (script and deployment ids, trigger ids, UUIDs, tokens), from one seeded stream so that runs repeat.</summary>
internal sealed class IdGenerator(int seed)
{
    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private readonly object _gate = new();
    private readonly Random _random = new(seed);

    /// <summary>A script id: 57 characters starting with 1, as in <c>.clasp.json</c>.</summary>
    public string ScriptId() => "1" + Text(56);

    /// <summary>A deployment id as in <c>/macros/s/AKfycb.../exec</c>.</summary>
    public string DeploymentId() => "AKfycb" + Text(66);

    /// <summary>A trigger id: a decimal number, as <c>Trigger.getUniqueId()</c> returns.</summary>
    public string TriggerId()
    {
        lock (_gate) return _random.NextInt64(1_000_000_000_000_000_000, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A version-4 UUID in lower case, as <c>Utilities.getUuid()</c> returns.</summary>
    public string Uuid()
    {
        var bytes = new byte[16];
        lock (_gate) _random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    public int Next(int maxExclusive)
    {
        lock (_gate) return _random.Next(maxExclusive);
    }

    public string Text(int length)
    {
        var text = new StringBuilder(length);
        lock (_gate)
        {
            for (var index = 0; index < length; index++) text.Append(IdAlphabet[_random.Next(IdAlphabet.Length)]);
        }
        return text.ToString();
    }
}

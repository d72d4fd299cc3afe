using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// Notion's identifiers: UUIDs accepted with or without dashes and answered dashed, and short URL-encoded
/// property ids (the title property's is always <c>title</c>). New ids come from one seeded stream.
/// </summary>
internal sealed class NotionIds(Random random)
{
    // Characters Notion property ids are drawn from; the punctuation ones come back URL-encoded (e.g. "%3AUPp").
    private const string PropertyIdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:;<=>?@[]^_`{|}~";

    public string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return Dashed(Convert.ToHexStringLower(bytes));
    }

    public string NewPropertyId()
    {
        Span<char> chars = stackalloc char[4];
        for (var i = 0; i < chars.Length; i++) chars[i] = PropertyIdAlphabet[random.Next(PropertyIdAlphabet.Length)];
        return Uri.EscapeDataString(new string(chars));
    }

    /// <summary>The dashed lower-case form of <paramref name="raw"/>, or null when it is not a UUID.</summary>
    public static string? Normalize(string? raw)
    {
        if (raw is null) return null;
        var hex = raw.Replace("-", "", StringComparison.Ordinal);
        if (hex.Length != 32 || !ulong.TryParse(hex.AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _)
            || !ulong.TryParse(hex.AsSpan(16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }
        return Dashed(hex.ToLowerInvariant());
    }

    /// <summary>A path id, or Notion's 400 for one that is not a UUID.</summary>
    public static string FromPath(string name, string raw) =>
        Normalize(raw) ?? throw NotionError.Validation($"path failed validation: path.{name} should be a valid uuid, instead was `{NotionError.Shown(JsonValue.Create(raw))}`.");

    public static string Undashed(string id) => id.Replace("-", "", StringComparison.Ordinal);

    private static string Dashed(string hex) => $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
}

using System;
using SpotifySync.Core.Ports;

namespace SpotifySync.Core.Webhooks;

/// <summary>
/// The signature of a webhook, both directions: hex HMAC-SHA256 of <c>timestamp + "." + body</c> with
/// <c>WEBHOOK_SECRET</c>, the timestamp in Unix seconds, accepted within <see cref="ToleranceSeconds"/> of now.
/// </summary>
public static class WebhookSignature
{
    public const int ToleranceSeconds = 300;

    public const string TimestampHeader = "X-SpotifySync-Timestamp";
    public const string SignatureHeader = "X-SpotifySync-Signature";

    public static string Sign(ICrypto crypto, string secret, long timestamp, string body) => crypto.HmacSha256Hex($"{timestamp}.{body}", secret);

    /// <summary>Compares two signatures in time that depends only on their length, so timing reveals no matching prefix.</summary>
    public static bool Matches(string expected, string given)
    {
        var difference = expected.Length ^ given.Length;
        for (var i = 0; i < expected.Length; i++)
        {
            var other = i < given.Length ? given[i] : '\0';
            difference |= expected[i] ^ other;
        }
        return difference == 0;
    }

    /// <summary>The Unix seconds of a UTC time.</summary>
    public static long UnixSeconds(DateTime utc) => new DateTimeOffset(utc).ToUnixTimeSeconds();
}

using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SpotifySync.Companion.Ports;

namespace SpotifySync.Companion.Webhooks;

/// <summary>
/// The signature of both webhook directions (docs/architecture.md, "Webhooks"): HMAC-SHA256 with WEBHOOK_SECRET over
/// <c>timestamp + "." + body</c>, as lowercase hex; the timestamp is Unix seconds in decimal and must be within
/// five minutes of now either way. Signatures are compared in constant time.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-SpotifySync-Timestamp";
    public const string SignatureHeader = "X-SpotifySync-Signature";
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private static readonly DotNetCrypto Crypto = new();

    public static string Timestamp(DateTimeOffset now) => now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string Sign(string secret, string timestamp, string body) => Crypto.HmacSha256Hex(timestamp + "." + body, secret);

    /// <summary>Checks a request's timestamp and signature against its body.</summary>
    public static SignatureCheck Verify(string secret, string? timestamp, string? signature, string body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)) return SignatureCheck.Missing;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return SignatureCheck.MalformedTimestamp;
        var age = now.ToUnixTimeSeconds() - seconds;
        if (Math.Abs(age) > Tolerance.TotalSeconds) return SignatureCheck.OutsideWindow;
        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        var given = Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }
}

/// <summary>The verdict on a signed request.</summary>
public enum SignatureCheck
{
    Valid,
    Missing,
    MalformedTimestamp,
    OutsideWindow,
    Mismatch,
}

using System;
using SpotifySync.Core.Ports;

namespace SpotifySync.Core.Webhooks;

/// <summary>
/// The signature of every request between the two sides, both directions: hex HMAC-SHA256 with <c>WEBHOOK_SECRET</c>
/// of <c>timestamp + "." + body</c>, the timestamp in Unix seconds, accepted within <see cref="ToleranceSeconds"/> of
/// now. A request without a body (a GET) signs its request line instead, <c>"GET /gas/status"</c>
/// (<see cref="RequestLine"/>), so a signature is bound to what it asks for. The web app's <c>doGet</c> cannot read
/// headers: a GET to it carries the timestamp and signature as query parameters (<see cref="SignedQuery"/>) and signs
/// the path it sees (<see cref="WebAppRequestLine"/>). Signatures compare in constant time.
/// </summary>
public static class WebhookSignature
{
    public const int ToleranceSeconds = 300;

    public const string TimestampHeader = "X-SpotifySync-Timestamp";
    public const string SignatureHeader = "X-SpotifySync-Signature";

    /// <summary>The query parameters of a signed GET to the web app, which sees no headers.</summary>
    public const string TimestampParameter = "timestamp";
    public const string SignatureParameter = "signature";

    public static string Sign(ICrypto crypto, string secret, long timestamp, string body) => crypto.HmacSha256Hex($"{timestamp}.{body}", secret);

    /// <summary>The envelope of a payload for <c>doPost</c>, signed at <paramref name="now"/> (Unix seconds).</summary>
    public static SignedEnvelope Envelope(ICrypto crypto, string secret, string payload, long now) =>
        new SignedEnvelope { Timestamp = now, Signature = Sign(crypto, secret, now, payload), Payload = payload };

    /// <summary>What a request without a body signs in place of one: its method and path, such as <c>GET /gas/status</c>.</summary>
    public static string RequestLine(string method, string path) => $"{method.ToUpperInvariant()} {path}";

    /// <summary>
    /// What a GET to the web app signs: its path after <c>/exec</c> as <c>doGet</c> sees it (<c>e.pathInfo</c>), so
    /// <c>/exec/status</c> signs <c>GET /status</c> and <c>/exec</c> signs <c>GET /</c>. The query is not signed: it
    /// carries the signature.
    /// </summary>
    public static string WebAppRequestLine(string? pathInfo) => RequestLine("GET", "/" + (pathInfo ?? ""));

    /// <summary>The query string of a GET signed at <paramref name="now"/>: <c>timestamp=…&amp;signature=…</c> over <paramref name="requestLine"/>.</summary>
    public static string SignedQuery(ICrypto crypto, string secret, string requestLine, long now) =>
        $"{TimestampParameter}={now}&{SignatureParameter}={Sign(crypto, secret, now, requestLine)}";

    /// <summary>Checks a timestamp and signature against what they sign, at <paramref name="now"/> (Unix seconds).</summary>
    public static SignatureVerdict Check(ICrypto crypto, string secret, long? timestamp, string? signature, string body, long now)
    {
        if (timestamp is not { } seconds || string.IsNullOrEmpty(signature)) return SignatureVerdict.Missing;
        if (Math.Abs(now - seconds) > ToleranceSeconds) return SignatureVerdict.OutsideWindow;
        return Matches(Sign(crypto, secret, seconds, body), Normalized(signature)) ? SignatureVerdict.Valid : SignatureVerdict.Mismatch;
    }

    /// <summary>A header's timestamp: Unix seconds in decimal digits, else null.</summary>
    public static long? ParseTimestamp(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 18) return null;
        foreach (var c in text)
        {
            if (c < '0' || c > '9') return null;
        }
        return long.Parse(text);
    }

    /// <summary>A signature as compared and remembered: hex is case-insensitive, so lowercase, without surrounding space.</summary>
    public static string Normalized(string signature) => signature.Trim().ToLowerInvariant();

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

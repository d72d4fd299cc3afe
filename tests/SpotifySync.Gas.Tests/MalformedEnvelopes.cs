using System;
using System.Collections.Generic;
using System.Linq;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.Gas.Tests;

/// <summary>
/// Bodies a caller of the web app's <c>doPost</c> may send that are not a fresh envelope signed with the secret: not
/// JSON, the wrong JSON, each field missing or of the wrong type, numbers JavaScript cannot hold, a signature that
/// matches another payload or an old timestamp, a validly signed payload too big to keep. doPost must refuse each one
/// with its JSON error body and change nothing.
/// </summary>
internal static class MalformedEnvelopes
{
    public static IReadOnlyList<(string Name, string Body)> At(long now, string secret)
    {
        const string payload = """{"event":"companion.run"}""";
        var signature = WebhookSignature.Sign(new DotNetCrypto(), secret, now, payload);
        string Envelope(string timestamp, string signatureJson, string payloadJson) => $$"""{"timestamp":{{timestamp}},"signature":{{signatureJson}},"payload":{{payloadJson}}}""";
        var quotedPayload = Quote(payload);
        var quotedSignature = Quote(signature);
        var old = now - 2 * WebhookSignature.ToleranceSeconds;
        var oversized = "{\"event\":\"companion.run\",\"note\":\"" + new string('a', 20_000) + "\"}";
        return
        [
            ("empty body", ""),
            ("not JSON", "not json"),
            ("JSON null", "null"),
            ("a number", "123"),
            ("a string", "\"envelope\""),
            ("an empty array", "[]"),
            ("arrays nested 10,000 deep", new string('[', 10_000) + new string(']', 10_000)),
            ("objects nested 1,000 deep", string.Concat(Enumerable.Repeat("{\"a\":", 1_000)) + "1" + new string('}', 1_000)),
            ("an empty object", "{}"),
            ("truncated", $$"""{"timestamp":{{now}},"signature":"{{signature[..10]}}"""),
            ("timestamp only", $$"""{"timestamp":{{now}}}"""),
            ("no payload", $$"""{"timestamp":{{now}},"signature":{{quotedSignature}}}"""),
            ("no timestamp", $$"""{"signature":{{quotedSignature}},"payload":{{quotedPayload}}}"""),
            ("every field null", Envelope("null", "null", "null")),
            ("timestamp \"abc\"", Envelope("\"abc\"", quotedSignature, quotedPayload)),
            ("timestamp true", Envelope("true", quotedSignature, quotedPayload)),
            ("timestamp 1.5", Envelope("1.5", quotedSignature, quotedPayload)),
            ("timestamp -1", Envelope("-1", quotedSignature, quotedPayload)),
            ("timestamp 1e400 (Infinity)", Envelope("1e400", quotedSignature, quotedPayload)),
            ("timestamp 99999999999999999999", Envelope("99999999999999999999", quotedSignature, quotedPayload)),
            ("timestamp an array", Envelope($"[{now}]", quotedSignature, quotedPayload)),
            ("timestamp an object", Envelope($$"""{"$numberLong":"{{now}}"}""", quotedSignature, quotedPayload)),
            ("signature 123", Envelope($"{now}", "123", quotedPayload)),
            ("signature empty", Envelope($"{now}", "\"\"", quotedPayload)),
            ("signature not hex", Envelope($"{now}", Quote(new string('z', 64)), quotedPayload)),
            ("signature of 100,000 characters", Envelope($"{now}", Quote(new string('f', 100_000)), quotedPayload)),
            ("signature an object", Envelope($"{now}", "{\"hex\":1}", quotedPayload)),
            ("payload an object", Envelope($"{now}", quotedSignature, payload)),
            ("payload an array", Envelope($"{now}", quotedSignature, "[1,2]")),
            ("payload with a lone surrogate", Envelope($"{now}", quotedSignature, "\"\\ud800\"")),
            ("payload changed after signing", Envelope($"{now}", quotedSignature, Quote(payload.Replace("run", "ran", StringComparison.Ordinal)))),
            ("another secret's signature", Envelope($"{now}", Quote(WebhookSignature.Sign(new DotNetCrypto(), "another-secret", now, payload)), quotedPayload)),
            ("signed 10 minutes ago", Envelope($"{old}", Quote(WebhookSignature.Sign(new DotNetCrypto(), secret, old, payload)), quotedPayload)),
            ("__proto__ key beside the fields", $$"""{"__proto__":{"valid":true},"timestamp":{{now}},"signature":"{{new string('0', 64)}}","payload":{{quotedPayload}}}"""),
            ("validly signed 20 KB payload", Envelope($"{now}", Quote(WebhookSignature.Sign(new DotNetCrypto(), secret, now, oversized)), Quote(oversized))),
        ];
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}

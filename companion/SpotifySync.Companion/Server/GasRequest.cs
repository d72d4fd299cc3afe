using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.Companion.Server;

/// <summary>
/// A POST to the webhook API, checked in the order that changes nothing until it is accepted: size (413), content
/// type (415), signature when WEBHOOK_SECRET is set (401), JSON (400). The body's own fields are the route's to check
/// (422); the signature is remembered only when the route accepts the request (<see cref="GasService.AcceptOnce"/>).
/// </summary>
public sealed class GasRequest
{
    /// <summary>The largest body the API reads: 64 KB.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly DotNetCrypto Crypto = new();

    private GasRequest(JsonElement body, string? signature, long? timestamp)
    {
        Body = body;
        Signature = signature;
        Timestamp = timestamp;
    }

    /// <summary>The JSON body; an empty body reads as <c>{}</c>.</summary>
    public JsonElement Body { get; }

    /// <summary>The request's signature, when it was signed; null without WEBHOOK_SECRET.</summary>
    public string? Signature { get; }

    public long? Timestamp { get; }

    /// <summary>Reads and checks the request; returns it, or the error to answer with.</summary>
    public static async Task<(GasRequest? Request, IResult? Error)> ReadAsync(HttpContext context, string? secret, TimeProvider time)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes) return (null, TooLarge());
        var text = await ReadBodyAsync(request);
        if (text is null) return (null, TooLarge());
        if (text.Length > 0 && !IsJson(request.ContentType))
        {
            return (null, GasError.UnsupportedMediaType($"The body must be JSON sent as Content-Type: application/json, not '{request.ContentType ?? "(none)"}'."));
        }
        string? signature = null;
        long? timestamp = null;
        if (secret is not null)
        {
            var timestampHeader = request.Headers[WebhookSignature.TimestampHeader].ToString();
            signature = request.Headers[WebhookSignature.SignatureHeader].ToString();
            timestamp = WebhookSignature.ParseTimestamp(timestampHeader);
            if (timestamp is null && timestampHeader.Length > 0) return (null, GasError.Unauthorized($"{WebhookSignature.TimestampHeader} must be Unix seconds."));
            var verdict = WebhookSignature.Check(Crypto, secret, timestamp, signature, text, time.GetUtcNow().ToUnixTimeSeconds());
            if (verdict != SignatureVerdict.Valid) return (null, GasError.Unauthorized(Explain(verdict)));
        }
        if (text.Length == 0) text = "{}";
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return (null, GasError.BadJson("The body must be a JSON object."));
            return (new GasRequest(document.RootElement.Clone(), signature, timestamp), null);
        }
        catch (JsonException exception)
        {
            return (null, GasError.BadJson($"The body is not valid JSON: {exception.Message}"));
        }
    }

    private static IResult TooLarge() => GasError.TooLarge($"The body is larger than {MaxBodyBytes / 1024} KB.");

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The body as UTF-8 text, or null when it passes the limit (a chunked body has no Content-Length to check first).</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBodyBytes + 1);
        try
        {
            var length = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length, MaxBodyBytes + 1 - length))) > 0)
            {
                length += read;
                if (length > MaxBodyBytes) return null;
            }
            return Encoding.UTF8.GetString(buffer, 0, length);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Explain(SignatureVerdict verdict) => verdict switch
    {
        SignatureVerdict.Missing => $"The request is not signed: send {WebhookSignature.TimestampHeader} (Unix seconds) and {WebhookSignature.SignatureHeader} (HMAC-SHA256 hex of timestamp + \".\" + body with WEBHOOK_SECRET).",
        SignatureVerdict.OutsideWindow => $"{WebhookSignature.TimestampHeader} is more than {WebhookSignature.ToleranceSeconds / 60} minutes from the companion's clock: check both clocks, and sign each request afresh.",
        _ => "The signature does not match the body: check WEBHOOK_SECRET on both sides.",
    };
}

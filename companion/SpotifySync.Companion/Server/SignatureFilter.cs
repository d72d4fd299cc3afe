using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.Companion.Server;

/// <summary>
/// The one gate of the /gas group (docs/architecture.md, "Webhooks, both directions signed"). The server is reached
/// through a tunnel, where every request comes from loopback, so every route but the <see cref="UnsignedRoute"/>s needs
/// a request signed with WEBHOOK_SECRET within 5 minutes, always. In order, each step answering its refusal and changing
/// nothing:
/// <list type="number">
/// <item>the body, read once (<see cref="RequestBodyReader"/>: 413, 400, 408); a GET signs its request line
/// (<see cref="WebhookSignature.RequestLine"/> of the method and the path and query as sent) in place of a body;</item>
/// <item>the signature over it (<see cref="WebhookSignature.Check"/>): 401;</item>
/// <item>a POST's signature, not accepted before nor being handled (<see cref="ReplayGuard"/>): 401;</item>
/// <item>the body: sent as JSON (415), UTF-8 (400), the route's record (<see cref="JsonBody{T}"/>: 400, 422).</item>
/// </list>
/// Then the route runs, and only if it accepts the request (2xx) is a POST's signature remembered: a request it refused
/// (409 while a sync runs, 422) may be sent again. A GET is not remembered: it changes nothing, and remembering every
/// read would push the POSTs' signatures out of the memory. Refusals are logged by <see cref="RefusalLog"/>.
/// </summary>
public sealed class SignatureFilter(GasService service) : IEndpointFilter
{
    private static readonly DotNetCrypto Crypto = new();
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.GetEndpoint()?.Metadata.GetMetadata<UnsignedRoute>() is not null) return await next(context);
        var result = await GateAsync(context, next);
        if ((result is INestedHttpResult nested ? nested.Result : result) is ProblemHttpResult { StatusCode: >= 400 and < 500 } problem)
        {
            var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(a /gas route)";
            service.Refusals.Refused(http.Request.Method, route, problem.StatusCode, GasProblems.ErrorOf(problem) ?? problem.ProblemDetails.Title ?? "");
        }
        return result;
    }

    private async ValueTask<object?> GateAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var bodiless = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        byte[] body = [];
        if (!bodiless)
        {
            var (read, unreadable) = await RequestBodyReader.ReadAsync(context.HttpContext);
            if (unreadable is not null) return unreadable;
            body = read!;
        }
        // A body that is not UTF-8 cannot have been signed as text; it fails the signature, which is checked first.
        var text = Encoding.UTF8.GetString(body);
        var signed = bodiless ? WebhookSignature.RequestLine(request.Method, RequestTarget(context.HttpContext)) : text;
        var timestampHeader = request.Headers[WebhookSignature.TimestampHeader].ToString();
        var timestamp = WebhookSignature.ParseTimestamp(timestampHeader);
        if (timestamp is null && timestampHeader.Length > 0) return GasProblems.Unauthorized($"{WebhookSignature.TimestampHeader} must be Unix seconds in digits.");
        var signature = request.Headers[WebhookSignature.SignatureHeader].ToString();
        var now = service.Time.GetUtcNow().ToUnixTimeSeconds();
        var verdict = WebhookSignature.Check(Crypto, service.Secret, timestamp, signature, signed, now);
        if (verdict != SignatureVerdict.Valid) return GasProblems.Unauthorized(Explain(verdict, bodiless));
        if (bodiless) return await next(context);

        using var claim = service.Replays.TryClaim(signature, timestamp!.Value, now);
        if (claim is null) return GasProblems.Unauthorized("This signed request was already received: sign each request afresh (a new timestamp, or another body).");
        if (body.Length > 0 && !IsJson(request.ContentType))
        {
            return GasProblems.UnsupportedMediaType($"The body must be JSON sent as Content-Type: application/json, not '{request.ContentType ?? "(none)"}'.");
        }
        if (!IsUtf8(body)) return GasProblems.BadBody("The body is not UTF-8 text.");
        foreach (var argument in context.Arguments.OfType<IJsonBody>())
        {
            if (argument.Read(text) is { } problem) return problem;
        }
        var result = await next(context);
        if (StatusOf(result) is >= 200 and < 300) claim.Accept(service.Time.GetUtcNow().ToUnixTimeSeconds());
        return result;
    }

    /// <summary>The path and query exactly as the client sent them, which is what it signed.</summary>
    private static string RequestTarget(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } target ? target : $"{context.Request.PathBase}{context.Request.Path}{context.Request.QueryString}";

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) && media.MediaType.Equals("application/json", System.StringComparison.OrdinalIgnoreCase);

    private static bool IsUtf8(byte[] body)
    {
        try
        {
            StrictUtf8.GetCharCount(body);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The status a route's result answers with: a typed result's, or 200 for one that sets none.</summary>
    private static int StatusOf(object? result)
    {
        if (result is INestedHttpResult nested) result = nested.Result;
        return result is IStatusCodeHttpResult { StatusCode: { } status } ? status : StatusCodes.Status200OK;
    }

    private static string Explain(SignatureVerdict verdict, bool bodiless) => verdict switch
    {
        SignatureVerdict.Missing =>
            $"The request is not signed: send {WebhookSignature.TimestampHeader} (Unix seconds) and {WebhookSignature.SignatureHeader} " +
            $"(the HMAC-SHA256 hex, with WEBHOOK_SECRET, of timestamp + \".\" + {(bodiless ? "the request line, such as \"GET /gas/status\"" : "the body")}).",
        SignatureVerdict.OutsideWindow =>
            $"{WebhookSignature.TimestampHeader} is more than {WebhookSignature.ToleranceSeconds / 60} minutes from the companion's clock: check both clocks, and sign each request afresh.",
        _ => bodiless
            ? "The signature does not match the request line (method, path and query as sent): check WEBHOOK_SECRET on both sides."
            : "The signature does not match the body: check WEBHOOK_SECRET on both sides.",
    };
}

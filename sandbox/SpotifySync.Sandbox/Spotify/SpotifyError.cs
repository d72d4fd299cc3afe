using System;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SpotifySync.Sandbox.Spotify;

/// <summary>
/// Spotify's two error shapes: the Web API's nested <c>{"error":{"status","message","reason"?}}</c> and the accounts
/// service's flat OAuth <c>{"error","error_description"}</c> (always HTTP 400 at /api/token).
/// </summary>
internal sealed class SpotifyError : IResult
{
    private readonly int _status;
    private readonly JsonObject _body;
    private readonly TimeSpan? _retryAfter;
    private readonly string? _wwwAuthenticate;

    private SpotifyError(int status, JsonObject body, TimeSpan? retryAfter, string? wwwAuthenticate)
    {
        _status = status;
        _body = body;
        _retryAfter = retryAfter;
        _wwwAuthenticate = wwwAuthenticate;
    }

    public static SpotifyError Api(int status, string message, string? reason = null, TimeSpan? retryAfter = null, string? wwwAuthenticate = null)
    {
        var error = new JsonObject { ["status"] = status, ["message"] = message };
        if (reason is not null) error["reason"] = reason;
        return new SpotifyError(status, new JsonObject { ["error"] = error }, retryAfter, wwwAuthenticate);
    }

    public static SpotifyError OAuth(string error, string description) =>
        new(StatusCodes.Status400BadRequest, new JsonObject { ["error"] = error, ["error_description"] = description }, null, null);

    public static SpotifyError BadRequest(string message) => Api(StatusCodes.Status400BadRequest, message);

    public static SpotifyError Forbidden(string message = "Forbidden") => Api(StatusCodes.Status403Forbidden, message);

    public static SpotifyError NotFound(string message = "Resource not found") => Api(StatusCodes.Status404NotFound, message);

    public static SpotifyError RateLimited(TimeSpan retryAfter) => Api(StatusCodes.Status429TooManyRequests, "API rate limit exceeded", retryAfter: retryAfter);

    public static SpotifyError QuotaExceeded(TimeSpan retryAfter) =>
        Api(StatusCodes.Status429TooManyRequests, "Too many requests", reason: "QUOTA_EXCEEDED", retryAfter: retryAfter);

    public async Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = _status;
        response.ContentType = "application/json; charset=utf-8";
        if (_retryAfter is { } retryAfter)
        {
            // Whole seconds, rounded up so that a client waiting exactly that long is not turned away again.
            response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        if (_wwwAuthenticate is not null) response.Headers.WWWAuthenticate = _wwwAuthenticate;
        await response.WriteAsync(_body.ToJsonString(WebApi.SpotifyJson.Options), context.RequestAborted);
    }
}

using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpotifySync.Sandbox.Spotify.Accounts;

namespace SpotifySync.Sandbox.Spotify.WebApi;

/// <summary>
/// What every Web API request passes before its handler: the Bearer token (400 when the header is not Bearer, 401
/// when the token is missing, unknown or expired), then the development-mode daily quota and the rolling-window rate
/// limit, both 429 with <c>Retry-After</c>. It also turns a query error thrown in a handler into its 400.
/// </summary>
internal sealed class WebApiGate(SpotifySimulator simulator) : IEndpointFilter
{
    private const string GrantKey = "spotify.access-grant";
    private const string Realm = "Bearer realm=\"spotify\"";

    public static AccessGrant GrantOf(HttpContext context) => (AccessGrant)context.Items[GrantKey]!;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var refusal = Authenticate(context) ?? Budget();
        if (refusal is not null) return refusal;
        try
        {
            return await next(invocation);
        }
        catch (SpotifyErrorException error)
        {
            return error.Error;
        }
    }

    private SpotifyError? Authenticate(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0) return Unauthorized(Realm);
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || header.Length == "Bearer ".Length)
        {
            return SpotifyError.BadRequest("Only valid bearer authentication supported");
        }
        var grant = simulator.Tokens.FindAccess(header["Bearer ".Length..]);
        if (grant is null) return Unauthorized($"{Realm}, error=\"invalid_token\", error_description=\"Invalid access token\"");
        if (grant.ExpiresAt <= simulator.Time.Now) return ExpiredToken();
        context.Items[GrantKey] = grant;
        return null;
    }

    private SpotifyError? Budget()
    {
        var now = simulator.Time.Now;
        if (simulator.DailyQuota is { } quota && !quota.TryTake(now, out var quotaWait)) return SpotifyError.QuotaExceeded(quotaWait);
        return simulator.RateLimit.TryTake(now, out var wait) ? null : SpotifyError.RateLimited(wait);
    }

    /// <summary>The 401 of an expired access token, also the answer to an injected <see cref="Faults.FaultKind.Unauthorized"/>.</summary>
    public static SpotifyError ExpiredToken() => Unauthorized($"{Realm}, error=\"invalid_token\", error_description=\"The access token expired\"");

    private static SpotifyError Unauthorized(string wwwAuthenticate) =>
        SpotifyError.Api(StatusCodes.Status401Unauthorized, "Missing/invalid/expired access token", wwwAuthenticate: wwwAuthenticate);
}

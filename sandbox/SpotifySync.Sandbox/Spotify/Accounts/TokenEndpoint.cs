using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SpotifySync.Sandbox.Spotify.WebApi;

namespace SpotifySync.Sandbox.Spotify.Accounts;

/// <summary>
/// <c>POST /api/token</c>, form-encoded, the client authenticated by <c>Authorization: Basic</c> or by
/// <c>client_id</c>/<c>client_secret</c> in the body, or with PKCE by <c>client_id</c> alone. Errors are the flat
/// OAuth objects with HTTP 400 and the descriptions seen from the real service.
/// </summary>
internal static class TokenEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints, SpotifySimulator simulator) =>
        endpoints.MapPost("/api/token", async (HttpRequest request) =>
        {
            // A JSON body is not read at all, so the grant type is "missing", as clients that post JSON find out.
            var form = request.HasFormContentType ? await request.ReadFormAsync(request.HttpContext.RequestAborted) : null;
            string? Field(string name) => form is not null && form.TryGetValue(name, out var value) ? value.ToString() : null;
            var grantType = Field("grant_type");
            if (string.IsNullOrEmpty(grantType)) return SpotifyError.OAuth("unsupported_grant_type", "grant_type parameter is missing");
            if (grantType is not ("authorization_code" or "refresh_token"))
            {
                return grantType == "client_credentials"
                    ? SpotifyError.OAuth("unsupported_grant_type", "grant_type client_credentials is not supported")
                    : SpotifyError.OAuth("unsupported_grant_type", "grant_type must be client_credentials, authorization_code or refresh_token");
            }
            var client = Authenticate(request, Field("client_id"), Field("client_secret"), simulator.Options);
            if (client.Error is { } refused) return refused;
            return grantType == "authorization_code"
                ? ExchangeCode(simulator, client.HasSecret, Field("code"), Field("redirect_uri"), Field("code_verifier"))
                : Refresh(simulator, client.HasSecret, Field("refresh_token"));
        });

    private static IResult ExchangeCode(SpotifySimulator simulator, bool hasSecret, string? code, string? redirectUri, string? verifier)
    {
        if (string.IsNullOrEmpty(code)) return SpotifyError.OAuth("invalid_request", "code must be supplied");
        var issued = simulator.Tokens.RedeemCode(code);
        if (issued is null || issued.ClientId != simulator.Options.ClientId) return SpotifyError.OAuth("invalid_grant", "Invalid authorization code");
        if (issued.ExpiresAt <= simulator.Time.Now) return SpotifyError.OAuth("invalid_grant", "Authorization code expired");
        if (redirectUri != issued.RedirectUri) return SpotifyError.OAuth("invalid_grant", "Invalid redirect URI");
        if (issued.CodeChallenge is { } challenge)
        {
            if (verifier is null || Challenge(verifier) != challenge) return SpotifyError.OAuth("invalid_grant", "code_verifier was incorrect");
        }
        else if (!hasSecret)
        {
            return SpotifyError.OAuth("invalid_client", "Invalid client secret");
        }
        var (access, refresh) = simulator.Tokens.IssueForAuthorization(issued.Scope, hasSecret ? null : issued.ClientId);
        return SpotifyJson.Ok(new JsonObject
        {
            ["access_token"] = access.Token,
            ["token_type"] = "Bearer",
            ["scope"] = access.Scope,
            ["expires_in"] = (int)simulator.Options.AccessTokenLifetime.TotalSeconds,
            ["refresh_token"] = refresh.Token,
        });
    }

    private static IResult Refresh(SpotifySimulator simulator, bool hasSecret, string? token)
    {
        if (string.IsNullOrEmpty(token)) return SpotifyError.OAuth("invalid_request", "refresh_token must be supplied");
        if (!hasSecret && simulator.Tokens.FindRefresh(token)?.PkceClientId != simulator.Options.ClientId)
        {
            return SpotifyError.OAuth("invalid_client", "Invalid client secret");
        }
        switch (simulator.Tokens.Refresh(token, simulator.Options.RotateRefreshTokens))
        {
            case RefreshOutcome.Refreshed refreshed:
                var json = new JsonObject
                {
                    ["access_token"] = refreshed.Access.Token,
                    ["token_type"] = "Bearer",
                    ["expires_in"] = (int)simulator.Options.AccessTokenLifetime.TotalSeconds,
                    ["scope"] = refreshed.Access.Scope,
                };
                if (refreshed.Rotated) json["refresh_token"] = refreshed.Grant.Token;
                return SpotifyJson.Ok(json);
            case RefreshOutcome.Revoked:
                return SpotifyError.OAuth("invalid_grant", "Refresh token revoked");
            default:
                // Also past the six months: Spotify documents only invalid_grant for that, not its description.
                return SpotifyError.OAuth("invalid_grant", "Invalid refresh token");
        }
    }

    private static (SpotifyError? Error, bool HasSecret) Authenticate(HttpRequest request, string? bodyId, string? bodySecret, SpotifySimulatorOptions options)
    {
        string? id = bodyId, secret = bodySecret;
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            var pair = DecodeBasic(header["Basic ".Length..].Trim());
            if (pair is null) return (SpotifyError.OAuth("invalid_client", "Invalid client"), false);
            (id, secret) = pair.Value;
        }
        if (string.IsNullOrEmpty(id) || id != options.ClientId) return (SpotifyError.OAuth("invalid_client", "Invalid client"), false);
        if (secret is not null && secret != options.ClientSecret) return (SpotifyError.OAuth("invalid_client", "Invalid client secret"), false);
        return (null, secret is not null);
    }

    private static (string Id, string Secret)? DecodeBasic(string encoded)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            var colon = text.IndexOf(':');
            return colon < 0 ? null : (text[..colon], text[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The S256 code challenge: base64url of the SHA-256 of the verifier, without padding.</summary>
    private static string Challenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using System;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SpotifySync.Sandbox.Spotify.Accounts;

/// <summary>
/// <c>GET /authorize</c> with the user's consent given at once (or refused, when the simulator says so). A missing
/// or unknown client or redirect URI cannot be redirected to, so the accounts page shows the error itself (400);
/// every later problem goes back to the redirect URI as <c>error=…&amp;state=…</c>, as RFC 6749 §4.1.2.1 has it.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints, SpotifySimulator simulator) =>
        endpoints.MapGet("/authorize", (HttpRequest request) =>
        {
            var options = simulator.Options;
            string? Param(string name) => request.Query.TryGetValue(name, out var value) ? value.ToString() : null;
            var clientId = Param("client_id");
            if (string.IsNullOrEmpty(clientId)) return Page("Missing required parameter: client_id");
            if (clientId != options.ClientId) return Page("INVALID_CLIENT: Invalid client");
            var redirectUri = Param("redirect_uri");
            if (string.IsNullOrEmpty(redirectUri)) return Page("Missing required parameter: redirect_uri");
            if (!options.RedirectUris.Any(registered => RedirectMatches(registered, redirectUri))) return Page("INVALID_CLIENT: Invalid redirect URI");
            var responseType = Param("response_type");
            if (string.IsNullOrEmpty(responseType)) return Page("Missing required parameter: response_type");

            var state = Param("state");
            IResult Back(string parameters) =>
                Results.Redirect(redirectUri + (redirectUri.Contains('?') ? "&" : "?") + parameters + (state is null ? "" : "&state=" + Uri.EscapeDataString(state)));

            // The implicit grant (response_type=token) was removed in November 2025.
            if (responseType != "code") return Back("error=unsupported_response_type");
            var scopes = (Param("scope") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (scopes.Any(s => !SpotifyScopes.Known.Contains(s))) return Back("error=invalid_scope");
            var challenge = Param("code_challenge");
            var method = Param("code_challenge_method");
            if ((challenge is null) != (method is null) || (method is not null && method != "S256")) return Back("error=invalid_request");
            if (simulator.UserDeniesConsent) return Back("error=access_denied");
            var code = simulator.Tokens.IssueCode(clientId, redirectUri, string.Join(' ', scopes.Distinct()), challenge, options.AuthorizationCodeLifetime);
            return Back("code=" + Uri.EscapeDataString(code));
        });

    /// <summary>
    /// Exact match, except that a loopback URI registered without a port accepts any port (for apps that listen on
    /// whatever port is free).
    /// </summary>
    internal static bool RedirectMatches(string registered, string requested)
    {
        if (registered == requested) return true;
        if (!Uri.TryCreate(registered, UriKind.Absolute, out var reg) || !Uri.TryCreate(requested, UriKind.Absolute, out var req)) return false;
        var portless = reg.IsLoopback && reg.IsDefaultPort && !registered.Contains($":{reg.Port}", StringComparison.Ordinal);
        return portless && req.IsLoopback && reg.Scheme == req.Scheme && reg.Host == req.Host && reg.PathAndQuery == req.PathAndQuery;
    }

    private static IResult Page(string message) => Results.Content(message, "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}

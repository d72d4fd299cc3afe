using System;
using System.Collections.Generic;
using System.Linq;
using SpotifySync.Sandbox.Spotify.Library;

namespace SpotifySync.Sandbox.Spotify.Accounts;

/// <summary>An access token: what a Bearer header must carry, the scopes it grants, when it stops working.</summary>
public sealed record AccessGrant(string Token, string Scope, DateTimeOffset ExpiresAt)
{
    public bool Allows(string scope) => Scope.Split(' ').Contains(scope, StringComparer.Ordinal);
}

/// <summary>
/// A refresh token. It lives six months from the user's authorization (<see cref="AuthorizedAt"/>); refreshing, even
/// with rotation, does not extend it, as Spotify announced in June 2026.
/// </summary>
public sealed record RefreshGrant(string Token, string Scope, DateTimeOffset AuthorizedAt, string? PkceClientId)
{
    public DateTimeOffset ExpiresAt => AuthorizedAt.AddMonths(6);
}

/// <summary>An authorization code /authorize handed out, waiting to be exchanged once at /api/token.</summary>
internal sealed record AuthorizationCode(string Code, string ClientId, string RedirectUri, string Scope, DateTimeOffset ExpiresAt, string? CodeChallenge);

/// <summary>
/// The accounts service's memory: codes, access tokens and refresh tokens of the library's one user. Tests issue
/// tokens directly (the bring-your-own-refresh-token setup), revoke the app, or inspect what is live.
/// </summary>
public sealed class SpotifyTokens
{
    private readonly object _gate = new();
    private readonly Random _random;
    private readonly SandboxTime _time;
    private readonly TimeSpan _accessLifetime;
    private readonly Dictionary<string, AuthorizationCode> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccessGrant> _access = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RefreshGrant> _refresh = new(StringComparer.Ordinal);
    private readonly HashSet<string> _revoked = new(StringComparer.Ordinal);

    internal SpotifyTokens(Random random, SandboxTime time, TimeSpan accessLifetime)
    {
        _random = random;
        _time = time;
        _accessLifetime = accessLifetime;
    }

    public IReadOnlyList<RefreshGrant> RefreshTokens => Locked(() => _refresh.Values.ToArray());

    public IReadOnlyList<AccessGrant> AccessTokens => Locked(() => _access.Values.ToArray());

    /// <summary>A refresh token as if the user had authorized at <paramref name="authorizedAt"/> (now by default).</summary>
    public string IssueRefreshToken(string scope = SpotifyScopes.Recommended, DateTimeOffset? authorizedAt = null) =>
        Locked(() => AddRefresh(scope, authorizedAt ?? _time.Now, pkceClientId: null).Token);

    /// <summary>An access token valid for the access-token lifetime from now.</summary>
    public string IssueAccessToken(string scope = SpotifyScopes.Recommended) => Locked(() => AddAccess(scope).Token);

    /// <summary>The user removes the app: every token stops working, and refreshing says "Refresh token revoked".</summary>
    public void RevokeAll()
    {
        lock (_gate)
        {
            foreach (var token in _refresh.Keys) _revoked.Add(token);
            _refresh.Clear();
            _access.Clear();
        }
    }

    internal AccessGrant? FindAccess(string token) => Locked(() => _access.GetValueOrDefault(token));

    internal string IssueCode(string clientId, string redirectUri, string scope, string? codeChallenge, TimeSpan lifetime) =>
        Locked(() =>
        {
            var code = new AuthorizationCode(SpotifyIds.NewToken(_random, "AQ", 230), clientId, redirectUri, scope, _time.Now + lifetime, codeChallenge);
            _codes.Add(code.Code, code);
            return code.Code;
        });

    /// <summary>Takes the code out of circulation: a code is good for one exchange, whatever the outcome.</summary>
    internal AuthorizationCode? RedeemCode(string code) =>
        Locked(() => _codes.Remove(code, out var found) ? found : null);

    internal (AccessGrant Access, RefreshGrant Refresh) IssueForAuthorization(string scope, string? pkceClientId) =>
        Locked(() => (AddAccess(scope), AddRefresh(scope, _time.Now, pkceClientId)));

    internal RefreshOutcome Refresh(string token, bool rotate)
    {
        lock (_gate)
        {
            if (_revoked.Contains(token)) return new RefreshOutcome.Revoked();
            if (!_refresh.TryGetValue(token, out var grant) || grant.ExpiresAt <= _time.Now) return new RefreshOutcome.Invalid();
            var access = AddAccess(grant.Scope);
            if (!rotate) return new RefreshOutcome.Refreshed(access, grant, Rotated: false);
            _refresh.Remove(token);
            var rotated = grant with { Token = NewRefreshToken() };
            _refresh.Add(rotated.Token, rotated);
            return new RefreshOutcome.Refreshed(access, rotated, Rotated: true);
        }
    }

    internal RefreshGrant? FindRefresh(string token) => Locked(() => _refresh.GetValueOrDefault(token));

    private AccessGrant AddAccess(string scope)
    {
        var grant = new AccessGrant(SpotifyIds.NewToken(_random, "BQ", 180), scope, _time.Now + _accessLifetime);
        _access.Add(grant.Token, grant);
        return grant;
    }

    private RefreshGrant AddRefresh(string scope, DateTimeOffset authorizedAt, string? pkceClientId)
    {
        var grant = new RefreshGrant(NewRefreshToken(), scope, authorizedAt, pkceClientId);
        _refresh.Add(grant.Token, grant);
        return grant;
    }

    private string NewRefreshToken() => SpotifyIds.NewToken(_random, "AQ", 129);

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}

internal abstract record RefreshOutcome
{
    public sealed record Refreshed(AccessGrant Access, RefreshGrant Grant, bool Rotated) : RefreshOutcome;

    public sealed record Invalid : RefreshOutcome;

    public sealed record Revoked : RefreshOutcome;
}

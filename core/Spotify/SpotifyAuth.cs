using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using SpotifySync.Core.Http;
using SpotifySync.Core.Ports;
using SpotifySync.Core.Spotify.Model;
using SpotifySync.Core.State;
using SpotifySync.Core.Timing;

namespace SpotifySync.Core.Spotify;

/// <summary>
/// Spotify's Authorization Code flow and the tokens it yields, kept in the key-value store (<see cref="StateKeys"/>).
/// The access token is reused until <see cref="RenewBeforeExpirySeconds"/> before it expires, so most runs make no
/// token call. A refresh that returns a new refresh token (rotation) replaces the stored one. Without a stored
/// refresh token the script property <c>SPOTIFY_REFRESH_TOKEN</c> is used (bring your own token). A refresh token
/// Spotify calls <c>invalid_grant</c> is remembered and never sent again.
/// </summary>
public sealed class SpotifyAuth
{
    public const string AuthorizeEndpoint = "https://accounts.spotify.com/authorize";
    public const string TokenEndpoint = "https://accounts.spotify.com/api/token";

    /// <summary>Liked songs, recently played, and the user's own and collaborative playlists; nothing more.</summary>
    public const string Scopes = "user-library-read user-read-recently-played playlist-read-private playlist-read-collaborative";

    /// <summary>The script property of a refresh token obtained elsewhere, used when no authorization is stored.</summary>
    public const string BringYourOwnTokenKey = "SPOTIFY_REFRESH_TOKEN";

    /// <summary>
    /// An access token this close to its expiry is renewed before a request, so that it cannot expire while the request
    /// is in flight. Every request asks again, so a long run renews when it must; a short margin keeps 5-minute idle
    /// runs at one refresh an hour (a 5-minute margin renewed every 55 minutes).
    /// </summary>
    public const int RenewBeforeExpirySeconds = 60;

    private readonly SpotifyAppCredentials _credentials;
    private readonly IHttp _http;
    private readonly IKeyValueStore _store;
    private readonly IClock _clock;
    private readonly ICrypto _crypto;

    public SpotifyAuth(SpotifyAppCredentials credentials, IHttp http, IKeyValueStore store, IClock clock, ICrypto crypto)
    {
        _credentials = credentials;
        _http = http;
        _store = store;
        _clock = clock;
        _crypto = crypto;
    }

    /// <summary>The redirect URI of an Apps Script project, to register in the Spotify app's dashboard.</summary>
    public static string AppsScriptRedirectUri(string scriptId) => $"https://script.google.com/macros/d/{Uri.EscapeDataString(scriptId)}/usercallback";

    /// <summary>The page that asks the user to grant <see cref="Scopes"/>; Spotify sends <paramref name="state"/> back with the code.</summary>
    public string AuthorizeUrl(string state)
    {
        var query = FormEncoding.Encode(new Dictionary<string, string>
        {
            ["client_id"] = _credentials.ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = _credentials.RedirectUri,
            ["scope"] = Scopes,
            ["state"] = state,
        });
        return $"{AuthorizeEndpoint}?{query}";
    }

    /// <summary>
    /// Exchanges the code of the authorization redirect for tokens, stores them and the time of authorization, and
    /// returns the scopes granted.
    /// </summary>
    public string ExchangeCode(string code)
    {
        var tokens = RequestTokens(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = _credentials.RedirectUri,
        }, null);
        if (string.IsNullOrEmpty(tokens.RefreshToken))
        {
            throw new SpotifyAuthException("no_refresh_token", "Spotify's token endpoint returned no refresh token for the authorization code; run authorizeSpotify() again.");
        }
        _store.Set(StateKeys.SpotifyRefreshToken, tokens.RefreshToken);
        _store.Set(StateKeys.SpotifyAuthorizedAt, IsoTime.Format(_clock.UtcNow()));
        _store.Delete(StateKeys.SpotifyRevokedRefreshToken);
        return tokens.Scope ?? "";
    }

    /// <summary>A valid access token: the stored one while it has more than <see cref="RenewBeforeExpirySeconds"/> left, else a refreshed one.</summary>
    public string AccessToken()
    {
        var token = _store.Get(StateKeys.SpotifyAccessToken);
        var expiresAt = IsoTime.Parse(_store.Get(StateKeys.SpotifyAccessTokenExpiresAt));
        if (!string.IsNullOrEmpty(token) && expiresAt is not null && _clock.UtcNow().AddSeconds(RenewBeforeExpirySeconds) < expiresAt.Value) return token;
        return RefreshAccessToken();
    }

    /// <summary>Refreshes the access token whatever its expiry (after a 401), storing a rotated refresh token.</summary>
    public string RefreshAccessToken()
    {
        var refreshToken = RefreshToken();
        var tokens = RequestTokens(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
        }, refreshToken);
        if (!string.IsNullOrEmpty(tokens.RefreshToken) && tokens.RefreshToken != refreshToken) _store.Set(StateKeys.SpotifyRefreshToken, tokens.RefreshToken);
        if (_store.Get(StateKeys.SpotifyAuthorizedAt) is null) _store.Set(StateKeys.SpotifyAuthorizedAt, IsoTime.Format(_clock.UtcNow()));
        return tokens.AccessToken!;
    }

    /// <summary>True when there is a refresh token that Spotify has not refused.</summary>
    public bool IsAuthorized()
    {
        var token = CurrentRefreshToken();
        return token is not null && token != _store.Get(StateKeys.SpotifyRevokedRefreshToken);
    }

    /// <summary>When the user authorized the app (the refresh token dies 6 months later), or null when unknown.</summary>
    public DateTime? AuthorizedAt() => IsoTime.Parse(_store.Get(StateKeys.SpotifyAuthorizedAt));

    private string? CurrentRefreshToken()
    {
        var stored = _store.Get(StateKeys.SpotifyRefreshToken);
        if (!string.IsNullOrEmpty(stored)) return stored;
        var own = _store.Get(BringYourOwnTokenKey);
        return string.IsNullOrWhiteSpace(own) ? null : own.Trim();
    }

    private string RefreshToken()
    {
        var token = CurrentRefreshToken() ?? throw new SpotifyNotAuthorizedException();
        if (token == _store.Get(StateKeys.SpotifyRevokedRefreshToken)) throw new SpotifyAuthorizationRevokedException("refused before, not sent again");
        return token;
    }

    /// <summary>
    /// Posts to the token endpoint with the app's Basic credentials and stores the access token it returns. An
    /// <c>invalid_grant</c> for <paramref name="refreshToken"/> marks that token revoked and drops the stored tokens.
    /// </summary>
    private SpotifyTokenResponse RequestTokens(Dictionary<string, string> form, string? refreshToken)
    {
        var basic = _crypto.Base64Utf8($"{_credentials.ClientId}:{_credentials.ClientSecret}");
        var result = _http.Fetch(new HttpRequest
        {
            Url = TokenEndpoint,
            Method = HttpMethods.Post,
            Headers = new Dictionary<string, string> { ["Authorization"] = $"Basic {basic}" },
            Body = FormEncoding.Encode(form),
            ContentType = "application/x-www-form-urlencoded",
        });
        if (result.Status == 200)
        {
            var tokens = Parse(result.Body);
            if (tokens is null || string.IsNullOrEmpty(tokens.AccessToken))
            {
                throw new SpotifyApiException(result.Status, "the token endpoint's answer holds no access_token", null, null);
            }
            _store.Set(StateKeys.SpotifyAccessToken, tokens.AccessToken);
            _store.Set(StateKeys.SpotifyAccessTokenExpiresAt, IsoTime.Format(_clock.UtcNow().AddSeconds(tokens.ExpiresIn ?? 3600)));
            return tokens;
        }
        var error = ParseError(result.Body);
        if (result.Status == 400 && error?.Error == "invalid_grant")
        {
            var description = error.ErrorDescription ?? "invalid_grant";
            if (refreshToken is null)
            {
                throw new SpotifyAuthException("invalid_grant", $"Spotify refused the authorization code ({description}): codes are single-use and expire within minutes; run authorizeSpotify() again.");
            }
            _store.Set(StateKeys.SpotifyRevokedRefreshToken, refreshToken);
            _store.Delete(StateKeys.SpotifyRefreshToken);
            _store.Delete(StateKeys.SpotifyAccessToken);
            _store.Delete(StateKeys.SpotifyAccessTokenExpiresAt);
            throw new SpotifyAuthorizationRevokedException(description);
        }
        if (error?.Error == "invalid_client")
        {
            throw new SpotifyAuthException("invalid_client", $"Spotify refused the app's credentials ({error.ErrorDescription}): check the script properties SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET against the app's page on developer.spotify.com.");
        }
        if (error?.Error is { } code)
        {
            throw new SpotifyAuthException(code, $"Spotify's token endpoint answered {result.Status} {code}: {error.ErrorDescription}. Check the redirect URI registered for the app ({_credentials.RedirectUri}) and the script properties SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET.");
        }
        throw SpotifyErrors.FromResult(result);
    }

    private static SpotifyTokenResponse? Parse(string body)
    {
        try
        {
            return JsonConvert.DeserializeObject<SpotifyTokenResponse>(body);
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static SpotifyTokenError? ParseError(string body)
    {
        try
        {
            return JsonConvert.DeserializeObject<SpotifyTokenError>(body);
        }
        catch (Exception)
        {
            return null;
        }
    }
}

using System;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Spotify;
using SpotifySync.Core.State;
using SpotifySync.Core.Timing;
using Xunit;

namespace SpotifySync.Core.Tests.Spotify;

/// <summary>The parts of the OAuth flow that need no Spotify: the authorize URL and the use of stored tokens.</summary>
public sealed class SpotifyAuthTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc);

    private readonly MemoryStore _store = new();

    private SpotifyAuth Auth() => new(
        new SpotifyAppCredentials { ClientId = "0123abcd", ClientSecret = "s3cret", RedirectUri = SpotifyAuth.AppsScriptRedirectUri("1AbC-d_eFg") },
        new NoHttp(), _store, new FixedClock(Now), new DotNetCrypto());

    [Fact]
    public void Apps_script_redirect_uri_is_the_usercallback_of_the_script()
    {
        Assert.Equal("https://script.google.com/macros/d/1AbC-d_eFg/usercallback", SpotifyAuth.AppsScriptRedirectUri("1AbC-d_eFg"));
    }

    [Fact]
    public void Authorize_url_asks_for_a_code_with_the_four_scopes_and_the_state()
    {
        Assert.Equal(
            "https://accounts.spotify.com/authorize?client_id=0123abcd&response_type=code"
            + "&redirect_uri=https%3A%2F%2Fscript.google.com%2Fmacros%2Fd%2F1AbC-d_eFg%2Fusercallback"
            + "&scope=user-library-read%20user-read-recently-played%20playlist-read-private%20playlist-read-collaborative"
            + "&state=ADD%2Bstate%2Ftoken%3D%3D",
            Auth().AuthorizeUrl("ADD+state/token=="));
    }

    [Fact]
    public void A_stored_access_token_is_reused_while_more_than_five_minutes_are_left()
    {
        _store.Set(StateKeys.SpotifyAccessToken, "stored-access");
        _store.Set(StateKeys.SpotifyAccessTokenExpiresAt, IsoTime.Format(Now.AddMinutes(5).AddSeconds(1)));

        Assert.Equal("stored-access", Auth().AccessToken());
    }

    [Fact]
    public void Without_any_refresh_token_the_error_says_how_to_authorize()
    {
        var error = Assert.Throws<SpotifyNotAuthorizedException>(() => Auth().AccessToken());

        Assert.Contains("authorizeSpotify()", error.Message);
        Assert.Contains("SPOTIFY_REFRESH_TOKEN", error.Message);
        Assert.False(Auth().IsAuthorized());
    }

    [Fact]
    public void A_refresh_token_refused_before_is_not_sent_again()
    {
        _store.Set(SpotifyAuth.BringYourOwnTokenKey, "dead-token");
        _store.Set(StateKeys.SpotifyRevokedRefreshToken, "dead-token");

        Assert.Throws<SpotifyAuthorizationRevokedException>(() => Auth().RefreshAccessToken());
        Assert.False(Auth().IsAuthorized());
    }

    [Fact]
    public void A_new_bring_your_own_token_lifts_the_revocation()
    {
        _store.Set(SpotifyAuth.BringYourOwnTokenKey, "  fresh-token ");
        _store.Set(StateKeys.SpotifyRevokedRefreshToken, "dead-token");

        Assert.True(Auth().IsAuthorized());
    }

    [Fact]
    public void Authorized_at_is_read_from_the_store()
    {
        _store.Set(StateKeys.SpotifyAuthorizedAt, "2026-06-01T08:30:00.000Z");

        Assert.Equal(new DateTime(2026, 6, 1, 8, 30, 0, DateTimeKind.Utc), Auth().AuthorizedAt());
    }
}

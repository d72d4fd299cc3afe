using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using SpotifySync.Sandbox.Spotify;
using SpotifySync.Sandbox.Tests.Shapes;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Spotify;

public sealed class AccountsTests
{
    private const string Scope = "user-library-read user-read-recently-played playlist-read-private playlist-read-collaborative";

    [Fact]
    public async Task Authorize_then_exchange_gives_tokens_in_the_real_shape_that_reach_the_web_api()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var code = await AuthorizeAsync(spotify, state: "xyz 42");

        using var response = await ExchangeAsync(spotify, code);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonShape.AssertSame(Fixtures.Read("spotify", "token-authorization-code-response.json"), body);
        var token = JsonNode.Parse(body)!;
        Assert.Equal("Bearer", (string?)token["token_type"]);
        Assert.Equal(3600, (int)token["expires_in"]!);
        Assert.Equal(Scope, (string?)token["scope"]);
        var me = await spotify.GetJsonAsync("/v1/me", (string)token["access_token"]!);
        Assert.Equal(spotify.Library.User.Id, (string?)me["id"]);
    }

    [Fact]
    public async Task Authorize_redirects_back_with_the_state()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        using var response = await SendAuthorizeAsync(spotify, new() { ["state"] = "a b&c" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(SpotifyTestHost.RedirectUri + "?code=", location.ToString());
        Assert.Equal("a b&c", QueryHelpers.ParseQuery(location.Query)["state"].ToString());
    }

    [Theory]
    [InlineData("client_id", null, "Missing required parameter: client_id")]
    [InlineData("client_id", "0000", "INVALID_CLIENT: Invalid client")]
    [InlineData("redirect_uri", null, "Missing required parameter: redirect_uri")]
    [InlineData("redirect_uri", "https://script.google.com/macros/d/SCRIPT_ID/usercallback/", "INVALID_CLIENT: Invalid redirect URI")]
    [InlineData("redirect_uri", "http://localhost:8888/callback", "INVALID_CLIENT: Invalid redirect URI")]
    [InlineData("response_type", null, "Missing required parameter: response_type")]
    public async Task Authorize_shows_an_error_page_when_it_cannot_redirect(string parameter, string? value, string message)
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        using var response = await SendAuthorizeAsync(spotify, new() { [parameter] = value });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("response_type", "token", "unsupported_response_type")]
    [InlineData("scope", "user-library-read user-read-everything", "invalid_scope")]
    [InlineData("code_challenge_method", "plain", "invalid_request")]
    public async Task Authorize_redirects_other_errors_back_to_the_app(string parameter, string value, string error)
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        using var response = await SendAuthorizeAsync(spotify, new() { [parameter] = value, ["state"] = "s1" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{SpotifyTestHost.RedirectUri}?error={error}&state=s1", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_user_who_refuses_consent_sends_access_denied()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        spotify.Simulator.UserDeniesConsent = true;
        using var response = await SendAuthorizeAsync(spotify, new() { ["state"] = "s2" });

        Assert.Equal($"{SpotifyTestHost.RedirectUri}?error=access_denied&state=s2", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_loopback_uri_registered_without_a_port_accepts_any_port()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        using var response = await SendAuthorizeAsync(spotify, new() { ["redirect_uri"] = "http://127.0.0.1:53682/callback" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://127.0.0.1:53682/callback?code=", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("http://localhost:8888/callback")]
    [InlineData("http://example.com/callback")]
    public void Registering_a_redirect_uri_Spotify_refuses_fails(string uri)
    {
        Assert.Throws<ArgumentException>(() => SpotifyTestHost.DefaultOptions with { RedirectUris = [uri] });
    }

    [Fact]
    public async Task A_code_is_good_for_one_exchange()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var code = await AuthorizeAsync(spotify);
        (await ExchangeAsync(spotify, code)).Dispose();

        using var again = await ExchangeAsync(spotify, code);

        await AssertOAuthErrorAsync(again, Fixtures.Read("spotify", "token-error-invalid-code.json"));
    }

    [Fact]
    public async Task A_code_expires_after_ten_minutes()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var code = await AuthorizeAsync(spotify);
        spotify.Clock.Advance(TimeSpan.FromMinutes(10));

        using var response = await ExchangeAsync(spotify, code);

        await AssertOAuthErrorAsync(response, """{"error":"invalid_grant","error_description":"Authorization code expired"}""");
    }

    [Fact]
    public async Task The_exchange_needs_the_redirect_uri_of_the_authorization()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var code = await AuthorizeAsync(spotify);

        using var response = await spotify.PostTokenAsync(Form(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://127.0.0.1/callback")));

        await AssertOAuthErrorAsync(response, """{"error":"invalid_grant","error_description":"Invalid redirect URI"}""");
    }

    [Fact]
    public async Task Client_credentials_in_the_body_work_like_basic_auth()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var refresh = spotify.Simulator.Tokens.IssueRefreshToken();

        using var response = await spotify.PostTokenAsync(
            Form(("grant_type", "refresh_token"), ("refresh_token", refresh), ("client_id", SpotifyTestHost.ClientId), ("client_secret", SpotifyTestHost.ClientSecret)), basic: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_json_body_has_no_grant_type()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "https://accounts.spotify.com/api/token")
        {
            Content = new StringContent("""{"grant_type":"refresh_token"}""", Encoding.UTF8, "application/json"),
        };

        using var response = await spotify.Client.SendAsync(request);

        await AssertOAuthErrorAsync(response, """{"error":"unsupported_grant_type","error_description":"grant_type parameter is missing"}""");
    }

    [Theory]
    [InlineData("password", "grant_type must be client_credentials, authorization_code or refresh_token")]
    [InlineData("client_credentials", "grant_type client_credentials is not supported")]
    public async Task Other_grant_types_are_unsupported(string grantType, string description)
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        using var response = await spotify.PostTokenAsync(Form(("grant_type", grantType)));

        await AssertOAuthErrorAsync(response, new JsonObject { ["error"] = "unsupported_grant_type", ["error_description"] = description }.ToJsonString());
    }

    [Fact]
    public async Task An_unknown_client_is_invalid_client()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "https://accounts.spotify.com/api/token")
        {
            Content = new FormUrlEncodedContent(Form(("grant_type", "refresh_token"), ("refresh_token", "x"))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("someone-else:secret")));

        using var response = await spotify.Client.SendAsync(request);

        await AssertOAuthErrorAsync(response, Fixtures.Read("spotify", "token-error-invalid-client.json"));
    }

    [Fact]
    public async Task A_wrong_secret_is_invalid_client_secret()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var refresh = spotify.Simulator.Tokens.IssueRefreshToken();

        using var response = await spotify.PostTokenAsync(Form(("grant_type", "refresh_token"), ("refresh_token", refresh)), secret: "wrong");

        await AssertOAuthErrorAsync(response, """{"error":"invalid_client","error_description":"Invalid client secret"}""");
    }

    [Fact]
    public async Task A_refresh_without_the_token_is_an_invalid_request()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        using var response = await spotify.PostTokenAsync(Form(("grant_type", "refresh_token")));

        await AssertOAuthErrorAsync(response, """{"error":"invalid_request","error_description":"refresh_token must be supplied"}""");
    }

    [Fact]
    public async Task With_rotation_a_refresh_returns_a_new_refresh_token_and_the_old_one_stops_working()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var old = spotify.Simulator.Tokens.IssueRefreshToken();

        using var response = await RefreshAsync(spotify, old);
        var body = await response.Content.ReadAsStringAsync();
        JsonShape.AssertSame(Fixtures.Read("spotify", "token-refresh-response-rotated.json"), body);
        var rotated = (string)JsonNode.Parse(body)!["refresh_token"]!;
        Assert.NotEqual(old, rotated);
        Assert.Equal([rotated], spotify.Simulator.Tokens.RefreshTokens.Select(t => t.Token));

        await AssertOAuthErrorAsync(await RefreshAsync(spotify, old), Fixtures.Read("spotify", "token-error-invalid-grant-refresh.json"));
        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(spotify, rotated)).StatusCode);
    }

    [Fact]
    public async Task Without_rotation_a_refresh_returns_no_refresh_token_and_the_old_one_keeps_working()
    {
        await using var spotify = await SpotifyTestHost.StartAsync(SpotifyTestHost.DefaultOptions with { RotateRefreshTokens = false });
        var token = spotify.Simulator.Tokens.IssueRefreshToken();

        using var first = await RefreshAsync(spotify, token);
        JsonShape.AssertSame(Fixtures.Read("spotify", "token-refresh-response-no-rotation.json"), await first.Content.ReadAsStringAsync());
        Assert.False(JsonNode.Parse(await first.Content.ReadAsStringAsync())!.AsObject().ContainsKey("refresh_token"));

        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(spotify, token)).StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_expires_six_months_after_the_authorization_however_often_it_rotates()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var token = spotify.Simulator.Tokens.IssueRefreshToken();
        for (var month = 0; month < 5; month++)
        {
            spotify.Clock.Advance(TimeSpan.FromDays(30));
            using var refreshed = await RefreshAsync(spotify, token);
            token = (string)JsonNode.Parse(await refreshed.Content.ReadAsStringAsync())!["refresh_token"]!;
        }
        spotify.Clock.Advance(TimeSpan.FromDays(33));

        await AssertOAuthErrorAsync(await RefreshAsync(spotify, token), Fixtures.Read("spotify", "token-error-invalid-grant-refresh.json"));
    }

    [Fact]
    public async Task Revoking_the_app_makes_refresh_say_revoked_and_access_tokens_fail()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var refresh = spotify.Simulator.Tokens.IssueRefreshToken();
        var access = spotify.Simulator.Tokens.IssueAccessToken();

        spotify.Simulator.Tokens.RevokeAll();

        await AssertOAuthErrorAsync(await RefreshAsync(spotify, refresh), Fixtures.Read("spotify", "token-error-refresh-revoked.json"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await spotify.GetAsync("/v1/me", access)).StatusCode);
    }

    [Fact]
    public async Task Pkce_exchanges_and_refreshes_without_a_secret_and_checks_the_verifier()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        const string verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var pkce = new Dictionary<string, string?> { ["code_challenge_method"] = "S256", ["code_challenge"] = challenge, ["redirect_uri"] = "http://127.0.0.1:8080/callback" };

        var wrongCode = Code(await SendAuthorizeAsync(spotify, pkce));
        using var wrong = await spotify.PostTokenAsync(Form(("grant_type", "authorization_code"), ("code", wrongCode), ("redirect_uri", "http://127.0.0.1:8080/callback"),
            ("client_id", SpotifyTestHost.ClientId), ("code_verifier", "not-the-verifier")), basic: false);
        await AssertOAuthErrorAsync(wrong, """{"error":"invalid_grant","error_description":"code_verifier was incorrect"}""");

        var code = Code(await SendAuthorizeAsync(spotify, pkce));
        using var exchanged = await spotify.PostTokenAsync(Form(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://127.0.0.1:8080/callback"),
            ("client_id", SpotifyTestHost.ClientId), ("code_verifier", verifier)), basic: false);
        Assert.Equal(HttpStatusCode.OK, exchanged.StatusCode);
        var refresh = (string)JsonNode.Parse(await exchanged.Content.ReadAsStringAsync())!["refresh_token"]!;

        using var refreshed = await spotify.PostTokenAsync(Form(("grant_type", "refresh_token"), ("refresh_token", refresh), ("client_id", SpotifyTestHost.ClientId)), basic: false);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_from_the_secret_flow_needs_the_secret()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var refresh = spotify.Simulator.Tokens.IssueRefreshToken();

        using var response = await spotify.PostTokenAsync(Form(("grant_type", "refresh_token"), ("refresh_token", refresh), ("client_id", SpotifyTestHost.ClientId)), basic: false);

        await AssertOAuthErrorAsync(response, """{"error":"invalid_client","error_description":"Invalid client secret"}""");
    }

    internal static KeyValuePair<string, string>[] Form(params (string Key, string Value)[] fields) =>
        fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).ToArray();

    internal static Task<HttpResponseMessage> RefreshAsync(SpotifyTestHost spotify, string refreshToken) =>
        spotify.PostTokenAsync(Form(("grant_type", "refresh_token"), ("refresh_token", refreshToken)));

    private static async Task AssertOAuthErrorAsync(HttpResponseMessage response, string expectedJson)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(JsonNode.Parse(expectedJson)!.ToJsonString(), JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString());
    }

    private static async Task<string> AuthorizeAsync(SpotifyTestHost spotify, string? state = null) =>
        Code(await SendAuthorizeAsync(spotify, new() { ["state"] = state }));

    private static string Code(HttpResponseMessage redirect) => QueryHelpers.ParseQuery(redirect.Headers.Location!.Query)["code"].ToString();

    private static Task<HttpResponseMessage> ExchangeAsync(SpotifyTestHost spotify, string code) =>
        spotify.PostTokenAsync(Form(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", SpotifyTestHost.RedirectUri)));

    /// <summary>GET /authorize with valid parameters, each overridable (a null value leaves the parameter out).</summary>
    private static Task<HttpResponseMessage> SendAuthorizeAsync(SpotifyTestHost spotify, Dictionary<string, string?> overrides)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = SpotifyTestHost.ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = SpotifyTestHost.RedirectUri,
            ["scope"] = Scope,
        };
        foreach (var (key, value) in overrides) parameters[key] = value;
        var query = string.Join("&", parameters.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
        return spotify.Client.GetAsync($"https://accounts.spotify.com/authorize?{query}");
    }
}

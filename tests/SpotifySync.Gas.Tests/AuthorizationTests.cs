using System;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Gas.Tests.Support;
using SpotifySync.Sandbox.Faults;
using Xunit;

namespace SpotifySync.Gas.Tests;

/// <summary><c>authorizeSpotify</c>, Spotify's consent and redirect, <c>authCallback</c>, and <c>testSpotifyConnection</c>.</summary>
public sealed class AuthorizationTests
{
    [Fact]
    public async Task TheAuthorizeUrlLeadsThroughSpotifysConsentBackToAuthCallbackWhichStoresTheTokens()
    {
        await using var world = await SyncWorld.StartAsync();
        world.Cloud.Environment.ScriptProperties.Delete("SPOTIFY_REFRESH_TOKEN");

        var start = world.Run("authorizeSpotify").Return!;
        var callback = (await world.AuthorizeAsync())!;
        var test = world.Run("testSpotifyConnection").Return!;

        Assert.Equal($"https://script.google.com/macros/d/{world.Cloud.Options.ScriptId}/usercallback", start["redirectUri"]!.GetValue<string>());
        Assert.Equal("user-library-read user-read-recently-played playlist-read-private playlist-read-collaborative", start["scopes"]!.GetValue<string>());
        Assert.True(callback.Succeeded, callback.ToString());
        Assert.Equal("SpotifySync: Spotify is connected", callback.Output!.Title);
        Assert.Contains("<h1>Spotify is connected</h1>", callback.Output.Content, StringComparison.Ordinal);
        Assert.True(test["ok"]!.GetValue<bool>());
        Assert.Equal(world.Cloud.Spotify.Library.User.Id, test["userId"]!.GetValue<string>());
        Assert.NotNull(world.Cloud.Environment.ScriptProperties.Get("SPOTIFY_SYNC_STATE_SPOTIFY_REFRESH_TOKEN"));
    }

    [Fact]
    public async Task ARefusedConsentGivesAPageThatSaysWhatToDoAndStoresNothing()
    {
        await using var world = await SyncWorld.StartAsync();
        world.Cloud.Environment.ScriptProperties.Delete("SPOTIFY_REFRESH_TOKEN");
        world.Cloud.Spotify.UserDeniesConsent = true;

        var callback = (await world.AuthorizeAsync())!;
        var test = world.Run("testSpotifyConnection").Return!;

        Assert.Contains("Spotify answered: access_denied. Run authorizeSpotify() again", callback.Output!.Content, StringComparison.Ordinal);
        Assert.False(test["ok"]!.GetValue<bool>());
        Assert.Null(world.Cloud.Environment.ScriptProperties.Get("SPOTIFY_SYNC_STATE_SPOTIFY_REFRESH_TOKEN"));
    }

    [Fact]
    public async Task A_token_endpoint_that_asks_to_slow_down_gives_a_page_that_says_to_try_again_and_the_execution_succeeds()
    {
        await using var world = await SyncWorld.StartAsync();
        world.Cloud.Environment.ScriptProperties.Delete("SPOTIFY_REFRESH_TOKEN");
        world.Cloud.Spotify.Faults.Next("POST /api/token", new Fault(FaultKind.RateLimited, RetryAfter: TimeSpan.FromSeconds(30)));

        var callback = (await world.AuthorizeAsync())!;

        Assert.True(callback.Succeeded, callback.ToString());
        Assert.Equal("SpotifySync: Spotify was not connected", callback.Output!.Title);
        Assert.Contains("Spotify answered 429", callback.Output.Content, StringComparison.Ordinal);
        Assert.Contains("run authorizeSpotify() again in a few minutes", callback.Output.Content, StringComparison.Ordinal);
        Assert.Null(world.Cloud.Environment.ScriptProperties.Get("SPOTIFY_SYNC_STATE_SPOTIFY_REFRESH_TOKEN"));
    }

    [Fact]
    public async Task An_authorization_state_is_accepted_once_so_a_second_code_within_the_hour_changes_nothing()
    {
        await using var world = await SyncWorld.StartAsync();
        world.Cloud.Environment.ScriptProperties.Delete("SPOTIFY_REFRESH_TOKEN");
        var url = new Uri(world.Run("authorizeSpotify").Return!["url"]!.GetValue<string>());
        using var browser = new System.Net.Http.HttpClient(world.Cloud.Apis.CreateHandler());

        async Task<AppsScript.Emulator.Runtime.ExecutionResult> Consent()
        {
            using var response = await browser.GetAsync(url);
            var redirect = response.Headers.Location!;
            var state = System.Web.HttpUtility.ParseQueryString(redirect.Query)["state"]!;
            return world.Cloud.Environment.RunUserCallback(world.Project, state, redirect.Query.TrimStart('?'));
        }

        var first = await Consent();
        var stored = world.Cloud.Environment.ScriptProperties.Get("SPOTIFY_SYNC_STATE_SPOTIFY_REFRESH_TOKEN");
        world.Cloud.Clock.Advance(TimeSpan.FromMinutes(50));
        var second = await Consent();

        Assert.Equal("SpotifySync: Spotify is connected", first.Output!.Title);
        Assert.True(second.Succeeded, second.ToString());
        Assert.Equal("SpotifySync: Spotify was not connected", second.Output!.Title);
        Assert.Contains("This authorization link was used already", second.Output.Content, StringComparison.Ordinal);
        Assert.NotNull(stored);
        Assert.Equal(stored, world.Cloud.Environment.ScriptProperties.Get("SPOTIFY_SYNC_STATE_SPOTIFY_REFRESH_TOKEN"));
    }
}

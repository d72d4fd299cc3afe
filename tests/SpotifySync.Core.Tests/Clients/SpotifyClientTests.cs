using System;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Core.Timing;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Core.Tests.Clients;

/// <summary>The Spotify client and its tokens against the simulated accounts service and Web API.</summary>
public sealed class SpotifyClientTests
{
    private static readonly LibrarySpec Library = new() { Tracks = 60, LikedTracks = 20 };

    [Fact]
    public async Task A_401_refreshes_the_token_once_and_retries_once_storing_the_rotated_refresh_token()
    {
        await using var sandbox = await SyncSandbox.StartAsync(41, Library);
        var original = sandbox.Store.Get(SettingNames.SpotifyRefreshToken);
        sandbox.Store.Set(StateKeys.SpotifyAccessToken, "not-a-token-spotify-knows");
        sandbox.Store.Set(StateKeys.SpotifyAccessTokenExpiresAt, IsoTime.Format(sandbox.Clock.UtcNow().AddMinutes(50)));

        var user = sandbox.Execution().Spotify.GetCurrentUser();

        Assert.Equal(sandbox.Spotify.Library.User.Id, user.Id);
        Assert.Equal(2, sandbox.Spotify.Traffic.Count("GET /v1/me"));
        Assert.Equal(1, sandbox.Spotify.Traffic.Count("POST /api/token"));
        var rotated = sandbox.Store.Get(StateKeys.SpotifyRefreshToken);
        Assert.NotEqual(original, rotated);
        Assert.Equal([rotated], sandbox.Spotify.Tokens.RefreshTokens.Select(t => t.Token));
        Assert.Contains(sandbox.Store.Get(StateKeys.SpotifyAccessToken), sandbox.Spotify.Tokens.AccessTokens.Select(t => t.Token));
    }

    [Fact]
    public async Task The_refresh_token_expiry_is_warned_two_weeks_ahead_once_a_day()
    {
        await using var sandbox = await SyncSandbox.StartAsync(45, Library);
        var authorizedAt = sandbox.Clock.GetUtcNow().AddMonths(-6).AddDays(13);
        sandbox.Store.Set(SettingNames.SpotifyRefreshToken, sandbox.Spotify.Tokens.IssueRefreshToken(authorizedAt: authorizedAt));
        sandbox.Store.Set(StateKeys.SpotifyAuthorizedAt, IsoTime.Format(authorizedAt.UtcDateTime));

        new SavedTracksSync(sandbox.Execution()).Run();
        sandbox.Clock.Advance(TimeSpan.FromHours(5));
        new SavedTracksSync(sandbox.Execution()).Run();
        sandbox.Clock.Advance(TimeSpan.FromHours(20));
        new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(2, sandbox.Mail.Sent.Count);
        Assert.All(sandbox.Mail.Sent, mail => Assert.Contains("Spotify access ends on", mail.Subject));
    }
}

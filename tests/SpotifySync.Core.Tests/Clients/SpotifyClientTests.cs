using System;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Core.Timing;
using SpotifySync.Sandbox.Faults;
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
    public async Task Invalid_grant_stops_the_sync_alerts_once_a_day_and_is_not_retried()
    {
        await using var sandbox = await SyncSandbox.StartAsync(42, Library);
        sandbox.Spotify.Tokens.RevokeAll();

        var first = new SavedTracksSync(sandbox.Execution()).Run();
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        sandbox.ClearTraffic();
        var second = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(RunStatuses.Reauthorize, first.Status);
        Assert.Contains("authorizeSpotify()", first.Error);
        Assert.Equal(RunStatuses.Reauthorize, second.Status);
        Assert.Equal(0, sandbox.Calls());
        var mail = Assert.Single(sandbox.Mail.Sent);
        Assert.Equal(SyncSandbox.AlertEmail, mail.To);
        Assert.Contains("re-authorize", mail.Subject);
        Assert.Empty(sandbox.Pages());
    }

    [Fact]
    public async Task A_long_429_blocks_until_its_time_and_runs_before_then_make_no_call()
    {
        await using var sandbox = await SyncSandbox.StartAsync(43, Library);
        new SavedTracksSync(sandbox.Execution()).Run();
        sandbox.Spotify.Faults.Next("GET /v1/me/tracks", new Fault(FaultKind.QuotaExceeded, RetryAfter: TimeSpan.FromHours(13)));
        sandbox.Spotify.Library.ScheduleLikes(3, sandbox.Clock.GetUtcNow(), TimeSpan.FromMinutes(1));
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));

        var blocked = new SavedTracksSync(sandbox.Execution()).Run();
        var until = sandbox.Clock.UtcNow().AddHours(13);
        sandbox.Clock.Advance(TimeSpan.FromHours(1));
        sandbox.ClearTraffic();
        var skipped = new SavedTracksSync(sandbox.Execution()).Run();
        var skippedCalls = sandbox.Calls();
        sandbox.Clock.Advance(TimeSpan.FromHours(12.1));
        var resumed = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(RunStatuses.Blocked, blocked.Status);
        Assert.Contains("QUOTA_EXCEEDED", blocked.Error);
        Assert.Equal(RunStatuses.Blocked, skipped.Status);
        Assert.Equal(0, skippedCalls);
        Assert.Contains("Spotify blocks the sync", Assert.Single(sandbox.Mail.Sent).Subject);
        Assert.Equal(RunStatuses.Done, resumed.Status);
        Assert.Equal(3, resumed.Tracks.Created);
        Assert.Null(sandbox.Store.Get(StateKeys.SpotifyBlockedUntil));
        Assert.True(Math.Abs((IsoTime.Parse(blocked.Error!.Split("until ")[1].TrimEnd('.'))!.Value - until).TotalSeconds) < 2);
        Assert.Equal(23, sandbox.PagesBySpotifyId().Count);
    }

    [Fact]
    public async Task A_short_429_is_waited_out_on_the_clock()
    {
        await using var sandbox = await SyncSandbox.StartAsync(44, Library);
        new SavedTracksSync(sandbox.Execution()).Run();
        sandbox.Spotify.Faults.Next("GET /v1/me/tracks", new Fault(FaultKind.RateLimited, RetryAfter: TimeSpan.FromSeconds(4)));
        var before = sandbox.Clock.UtcNow();

        var result = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(RunStatuses.Done, result.Status);
        Assert.True(sandbox.Clock.UtcNow() - before >= TimeSpan.FromSeconds(4));
        Assert.Null(sandbox.Store.Get(StateKeys.SpotifyBlockedUntil));
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

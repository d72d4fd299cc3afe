using System;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Gas.Tests.Support;
using Xunit;

namespace SpotifySync.Gas.Tests;

/// <summary>Alerts mailed by MailApp to <c>ALERT_EMAIL</c>, at most once a day per kind: a refused refresh token, and a refresh token close to its end.</summary>
public sealed class AlertTests
{
    private const string AlertEmail = "person@example.com";

    [Fact]
    public async Task ARefusedRefreshTokenStopsTheSyncAndMailsAlertEmailOnceThatDayWithoutSendingTheTokenAgain()
    {
        await using var world = await SyncWorld.StartAsync(seed: 31);
        world.Cloud.Environment.ScriptProperties.Set("ALERT_EMAIL", AlertEmail);
        world.Run("initializeSpotifySync");
        world.Cloud.Spotify.Tokens.RevokeAll();

        var first = world.Run("syncSpotifyToNotion");
        var spotifyCalls = world.Cloud.Spotify.Traffic.Count();
        world.Cloud.Clock.Advance(TimeSpan.FromHours(3));
        var sameDay = world.Run("syncSpotifyToNotion");
        var mailsThatDay = world.Cloud.Environment.Mail.Sent;
        world.Cloud.Clock.Advance(TimeSpan.FromHours(22));
        var nextDay = world.Run("syncSpotifyToNotion");

        Assert.Equal("reauthorize", first.Return!["status"]!.GetValue<string>());
        Assert.Contains("Re-authorize: run authorizeSpotify()", first.Return["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("reauthorize", sameDay.Return!["status"]!.GetValue<string>());
        Assert.Equal("reauthorize", nextDay.Return!["status"]!.GetValue<string>());
        Assert.Equal(spotifyCalls, world.Cloud.Spotify.Traffic.Count());
        Assert.Equal(1, world.Cloud.Spotify.Traffic.Count("POST /api/token"));
        var mail = Assert.Single(mailsThatDay);
        Assert.Equal(AlertEmail, mail.To);
        Assert.Equal("SpotifySync: re-authorize Spotify", mail.Subject);
        Assert.Contains("run authorizeSpotify() and open the URL it logs", mail.Body, StringComparison.Ordinal);
        Assert.Equal(2, world.Cloud.Environment.Mail.Sent.Count);
        Assert.Equal(mail.Subject, world.Cloud.Environment.Mail.Sent[1].Subject);
        Assert.Empty(world.Cloud.Notion.Workspace.Pages(world.Tracks.DataSourceId));
    }

    [Fact]
    public async Task TheRefreshTokensEndIsWarnedFromTwoWeeksAheadOnceADay()
    {
        await using var world = await SyncWorld.StartAsync(seed: 32);
        var properties = world.Cloud.Environment.ScriptProperties;
        properties.Delete("SPOTIFY_REFRESH_TOKEN");
        properties.Set("ALERT_EMAIL", AlertEmail);
        var authorizedAt = world.Cloud.Clock.GetUtcNow();
        Assert.True((await world.AuthorizeAsync())!.Succeeded);
        world.Run("initializeSpotifySync");
        world.Run("fullSync");
        var ends = authorizedAt.AddMonths(6);

        world.Cloud.Clock.Advance(ends.AddDays(-15) - world.Cloud.Clock.GetUtcNow());
        var early = world.Run("syncSpotifyToNotion");
        var mailsEarly = world.Cloud.Environment.Mail.Sent.Count;
        world.Cloud.Clock.Advance(TimeSpan.FromDays(2));
        var warned = world.Run("syncSpotifyToNotion");
        world.Cloud.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = world.Run("syncSpotifyToNotion");

        Assert.Equal(0, mailsEarly);
        Assert.All(new[] { early, warned, again }, run => Assert.Equal("done", run.Return!["status"]!.GetValue<string>()));
        var mail = Assert.Single(world.Cloud.Environment.Mail.Sent);
        Assert.Equal(AlertEmail, mail.To);
        Assert.StartsWith($"SpotifySync: Spotify access ends on {ends.UtcDateTime:yyyy-MM-ddTHH:mm}", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Run authorizeSpotify() and open the URL it logs before", mail.Body, StringComparison.Ordinal);
        Assert.InRange(mail.Time, warned.Start, warned.End);
    }
}

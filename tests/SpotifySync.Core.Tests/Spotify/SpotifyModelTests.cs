using System.Linq;
using SpotifySync.Core.Spotify;
using SpotifySync.Core.Spotify.Model;
using Xunit;

namespace SpotifySync.Core.Tests.Spotify;

/// <summary>The Spotify DTOs read the 2026 response shapes of the reference fixtures.</summary>
public sealed class SpotifyModelTests
{
    [Fact]
    public void Saved_tracks_page_reads_added_at_the_track_and_the_paging()
    {
        var page = Fixtures.Read<SpotifyPage<SpotifySavedTrack>>("spotify/saved-tracks-page.json");

        Assert.Equal(5320, page.Total);
        Assert.Equal("https://api.spotify.com/v1/me/tracks?offset=2&limit=2", page.Next);
        var first = page.Items![0];
        Assert.Equal("2026-02-23T13:28:26Z", first.AddedAt);
        var track = first.Track!;
        Assert.Equal("0Y0PdrwwWtYTFhCY5Kj0iv", track.Id);
        Assert.Equal("Cold Silver", track.Name);
        Assert.Equal("track", track.Type);
        Assert.Equal(222242, track.DurationMs);
        Assert.Equal("USYFZ2565101", track.ExternalIds!.Isrc);
        Assert.Equal("https://open.spotify.com/track/0Y0PdrwwWtYTFhCY5Kj0iv", track.ExternalUrls!.Spotify);
        Assert.Equal("Starbenders", track.Artists!.Single().Name);
        Assert.Equal("2025-10-08", track.Album!.ReleaseDate);
        Assert.Equal("day", track.Album.ReleaseDatePrecision);
        Assert.Equal(new[] { 640, 300, 64 }, track.Album.Images!.Select(i => i.Width!.Value));
        Assert.Equal("2026-02-18T23:33:21Z", page.Items[1].AddedAt);
    }

    [Fact]
    public void Last_saved_tracks_page_has_no_next()
    {
        var page = Fixtures.Read<SpotifyPage<SpotifySavedTrack>>("spotify/saved-tracks-page-last.json");

        Assert.Null(page.Next);
        Assert.Equal(new[] { "CHVRCHES", "Blood Stain Child" }, page.Items!.Select(i => i.Track!.Artists![0].Name));
    }

    [Fact]
    public void Playlist_items_read_item_with_local_files_episodes_and_unavailable_entries()
    {
        var page = Fixtures.Read<SpotifyPage<SpotifyPlaylistItem>>("spotify/playlist-items-page.json");
        var items = page.Items!.Select(SpotifyPlaylists.ItemOf).ToList();

        Assert.Equal(4, items.Count);
        Assert.Equal("3ZL9gPzeCnKG9l5SB1SlcZ", items[0]!.Id);
        Assert.Equal("All I Need", items[0]!.Name);
        Assert.Equal("GBCFB2300770", items[0]!.ExternalIds!.Isrc);

        var local = items[1]!;
        Assert.True(local.IsLocal);
        Assert.Null(local.Id);
        Assert.Null(local.ExternalIds!.Isrc);
        Assert.Equal("spotify:local:Fugees+%28Refugee+Camp%29:The+Score:No+Woman%2C+No+Cry:273", local.Uri);

        var episode = items[2]!;
        Assert.Equal("episode", episode.Type);
        Assert.Null(episode.Album);
        Assert.Equal("Toni and Ryan", episode.Show!.Name);
        Assert.Equal("2024-11-27", episode.ReleaseDate);

        Assert.Null(items[3]);
        Assert.Equal("2019-03-02T17:45:10Z", page.Items![3].AddedAt);
    }

    [Fact]
    public void Playlist_items_in_the_legacy_track_key_are_read_too()
    {
        var page = Fixtures.Read<SpotifyPage<SpotifyPlaylistItem>>("spotify/raw/playlist-items-page.legacy-track-key-with-local.json");

        Assert.All(page.Items!, entry => Assert.Null(entry.Item));
        Assert.Contains(page.Items!, entry => SpotifyPlaylists.ItemOf(entry)?.Name is not null);
    }

    [Fact]
    public void A_playlist_reads_its_snapshot_and_owner_whether_owned_or_followed()
    {
        var owned = Fixtures.Read<SpotifyPlaylist>("spotify/playlist-owned.json");
        var followed = Fixtures.Read<SpotifyPlaylist>("spotify/playlist-not-owned-metadata-only.json");

        Assert.Equal("To find", owned.Name);
        Assert.Equal("AAAAAqEcxS92ddZ6R83Q8TWFhYshm18s", owned.SnapshotId);
        Assert.Equal("1112264649", owned.Owner!.Id);
        Assert.Equal("anotheruser", followed.Owner!.Id);
        Assert.NotNull(followed.SnapshotId);
    }

    [Fact]
    public void Current_user_has_the_account_id()
    {
        var me = Fixtures.Read<SpotifyUser>("spotify/me.json");

        Assert.Equal("1112264649", me.Id);
        Assert.Equal("aB3dE5fG7h", me.AccountId);
        Assert.Equal("Joost Lekkerkerker", me.DisplayName);
    }

    [Fact]
    public void Recently_played_reads_plays_and_cursors()
    {
        var page = Fixtures.Read<SpotifyPlayHistoryPage>("spotify/recently-played-page.json");

        Assert.Equal("1772050520497", page.Cursors!.After);
        Assert.Equal("1772050238537", page.Cursors.Before);
        Assert.Equal(new[] { "2026-02-25T20:15:20.497Z", "2026-02-25T20:10:38.537Z" }, page.Items!.Select(p => p.PlayedAt));
        Assert.Equal("3HRuSJ7VheXVBmjlAXaREd", page.Items![0].Track!.Id);
        Assert.Equal("album", page.Items[0].Context!.Type);
    }

    [Fact]
    public void Empty_recently_played_page_has_no_items_and_null_cursors()
    {
        var page = Fixtures.Read<SpotifyPlayHistoryPage>("spotify/recently-played-empty.json");

        Assert.Empty(page.Items!);
        Assert.Null(page.Cursors);
        Assert.Null(page.Next);
    }

    [Fact]
    public void Token_responses_with_and_without_rotation()
    {
        var code = Fixtures.Read<SpotifyTokenResponse>("spotify/token-authorization-code-response.json");
        var rotated = Fixtures.Read<SpotifyTokenResponse>("spotify/token-refresh-response-rotated.json");
        var kept = Fixtures.Read<SpotifyTokenResponse>("spotify/token-refresh-response-no-rotation.json");

        Assert.Equal(3600, code.ExpiresIn);
        Assert.Equal("AQCx1m2...redacted...kPw", code.RefreshToken);
        Assert.Equal(SpotifyAuth.Scopes, code.Scope);
        Assert.Equal("AQDz9r3...redacted...nVg", rotated.RefreshToken);
        Assert.Null(kept.RefreshToken);
        Assert.Equal("BQCn8a0t...redacted...Q", kept.AccessToken);
    }

    [Theory]
    [InlineData("spotify/token-error-invalid-grant-refresh.json", "invalid_grant", "Invalid refresh token")]
    [InlineData("spotify/token-error-refresh-revoked.json", "invalid_grant", "Refresh token revoked")]
    [InlineData("spotify/token-error-invalid-client.json", "invalid_client", "Invalid client")]
    public void Token_errors_are_flat(string fixture, string error, string description)
    {
        var body = Fixtures.Read<SpotifyTokenError>(fixture);

        Assert.Equal(error, body.Error);
        Assert.Equal(description, body.ErrorDescription);
    }

    [Fact]
    public void Api_errors_are_nested_with_the_quota_reason()
    {
        var quota = SpotifyErrors.Detail(Fixtures.Text("spotify/error-429-quota-exceeded.json"))!;
        var rate = SpotifyErrors.Detail(Fixtures.Text("spotify/error-429-rate-limit.json"))!;

        Assert.Equal(429, quota.Status);
        Assert.Equal(SpotifyReasons.QuotaExceeded, quota.Reason);
        Assert.Equal("API rate limit exceeded", rate.Message);
        Assert.Null(rate.Reason);
        Assert.Null(SpotifyErrors.Detail("<html>502 Bad Gateway</html>"));
    }
}

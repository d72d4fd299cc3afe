using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Spotify;
using SpotifySync.Sandbox.Spotify.Library;
using SpotifySync.Sandbox.Tests.Shapes;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Spotify;

public sealed class WebApiTests
{
    [Fact]
    public async Task A_request_without_a_token_is_401_in_the_real_shape()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        using var response = await spotify.Client.GetAsync("https://api.spotify.com/v1/me");

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, Fixtures.Read("spotify", "error-401-invalid-token.json"));
        Assert.Equal("Bearer realm=\"spotify\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task An_unknown_token_is_401_invalid_token()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        using var response = await spotify.GetAsync("/v1/me", "BQnot-a-token");

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, Fixtures.Read("spotify", "error-401-invalid-token.json"));
        Assert.Equal("Bearer realm=\"spotify\", error=\"invalid_token\", error_description=\"Invalid access token\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task An_access_token_works_for_3600_seconds()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var token = spotify.Simulator.Tokens.IssueAccessToken();
        spotify.Clock.Advance(TimeSpan.FromSeconds(3599));
        Assert.Equal(HttpStatusCode.OK, (await spotify.GetAsync("/v1/me", token)).StatusCode);

        spotify.Clock.Advance(TimeSpan.FromSeconds(1));
        using var expired = await spotify.GetAsync("/v1/me", token);

        await AssertErrorAsync(expired, HttpStatusCode.Unauthorized, Fixtures.Read("spotify", "error-401-invalid-token.json"));
        Assert.Equal(JsonNode.Parse(Fixtures.Read("spotify", "http-401-invalid-token.exchange.json"))!["headers"]!["www-authenticate"]!.ToString(),
            expired.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_header_that_is_not_bearer_is_400()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.spotify.com/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "abc");

        using var response = await spotify.Client.SendAsync(request);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, """{"error":{"status":400,"message":"Only valid bearer authentication supported"}}""");
    }

    [Fact]
    public async Task Me_has_the_dev_mode_shape_and_the_library_user()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var me = await spotify.GetJsonAsync("/v1/me");

        JsonShape.AssertSame(JsonNode.Parse(Fixtures.Read("spotify", "me.json")), me);
        var user = spotify.Library.User;
        Assert.Equal(user.AccountId, (string?)me["account_id"]);
        Assert.Equal($"https://api.spotify.com/v1/users/{user.Id}", (string?)me["href"]);
        Assert.Equal($"spotify:user:{user.Id}", (string?)me["uri"]);
        Assert.False(me.ContainsKey("country") || me.ContainsKey("email") || me.ContainsKey("product"));
    }

    [Fact]
    public async Task Saved_tracks_pages_have_the_fixture_shape_and_links()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var first = await spotify.GetJsonAsync("/v1/me/tracks?limit=2&market=from_token");
        var total = spotify.Library.SavedTracksAt(spotify.Clock.GetUtcNow()).Count;
        var last = await spotify.GetJsonAsync($"/v1/me/tracks?limit=2&offset={total - 2}&market=from_token");

        JsonShape.AssertSame(JsonNode.Parse(Fixtures.Read("spotify", "saved-tracks-page.json")), first);
        JsonShape.AssertSame(JsonNode.Parse(Fixtures.Read("spotify", "saved-tracks-page-last.json")), last);
        Assert.Equal("https://api.spotify.com/v1/me/tracks?offset=0&limit=2&market=from_token", (string?)first["href"]);
        Assert.Equal("https://api.spotify.com/v1/me/tracks?offset=2&limit=2&market=from_token", (string?)first["next"]);
        Assert.Null(first["previous"]);
        Assert.Null(last["next"]);
        Assert.Equal($"https://api.spotify.com/v1/me/tracks?offset={total - 4}&limit=2&market=from_token", (string?)last["previous"]);
        Assert.Equal(total, (int)first["total"]!);
        var track = first["items"]![0]!["track"]!.AsObject();
        Assert.False(track.ContainsKey("popularity") || track.ContainsKey("available_markets") || track.ContainsKey("linked_from"));
        Assert.Matches("^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$", (string?)track["external_ids"]!["isrc"]);
    }

    [Fact]
    public async Task Names_go_out_as_utf8_not_as_escapes()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var track = spotify.Library.Tracks.First(t => !t.IsLocal && !spotify.Library.IsLiked(t)
            && t.Name.Any(c => c > '\u00FF') && !t.Name.Any(char.IsSurrogate) && !t.Name.Contains('"'));
        Assert.True(spotify.Library.Like(track, spotify.Clock.GetUtcNow()));

        using var response = await spotify.GetAsync("/v1/me/tracks?limit=1");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains($"\"name\":\"{track.Name}\"", body);
    }

    [Fact]
    public async Task Without_a_market_tracks_carry_no_is_playable()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var page = await spotify.GetJsonAsync("/v1/me/tracks?limit=1");

        Assert.False(page["items"]![0]!["track"]!.AsObject().ContainsKey("is_playable"));
        Assert.Equal(20, (int)(await spotify.GetJsonAsync("/v1/me/tracks"))["limit"]!);
    }

    [Fact]
    public async Task Walking_the_saved_tracks_by_next_visits_every_like_once_newest_first()
    {
        await using var spotify = await SpotifyTestHost.StartAsync(spec: new LibrarySpec { Tracks = 1500, LikedTracks = 1000 });
        var seen = new List<(string Id, DateTimeOffset AddedAt)>();
        for (var url = "https://api.spotify.com/v1/me/tracks?limit=50"; url is not null;)
        {
            var page = await spotify.GetJsonAsync(url);
            seen.AddRange(page["items"]!.AsArray().Select(i => ((string)i!["track"]!["id"]!, DateTimeOffset.Parse((string)i["added_at"]!))));
            url = (string?)page["next"];
        }

        Assert.Equal(1000, seen.Count);
        Assert.Equal(1000, seen.Select(s => s.Id).Distinct().Count());
        Assert.Equal(seen.OrderByDescending(s => s.AddedAt).Select(s => s.Id), seen.Select(s => s.Id));
    }

    [Fact]
    public async Task Scheduled_likes_arrive_as_the_clock_passes_them()
    {
        await using var spotify = await SpotifyTestHost.StartAsync(spec: new LibrarySpec { Tracks = 1500, LikedTracks = 1000 });
        var scheduled = spotify.Library.ScheduleLikes(40, spotify.Clock.GetUtcNow(), TimeSpan.FromDays(1));
        Assert.Equal(1000, (int)(await spotify.GetJsonAsync("/v1/me/tracks"))["total"]!);

        spotify.Clock.Advance(TimeSpan.FromDays(1));
        var page = await spotify.GetJsonAsync("/v1/me/tracks?limit=40");

        Assert.Equal(1040, (int)page["total"]!);
        Assert.Equal(scheduled.Select(l => l.Track.Id), page["items"]!.AsArray().Select(i => (string?)i!["track"]!["id"]));
    }

    [Theory]
    [InlineData("/v1/me/tracks?limit=51", "Invalid limit")]
    [InlineData("/v1/me/tracks?limit=0", "Invalid limit")]
    [InlineData("/v1/me/tracks?limit=ten", "Invalid limit")]
    [InlineData("/v1/me/tracks?offset=-1", "Invalid offset")]
    [InlineData("/v1/me/tracks?market=usa", "Invalid market code")]
    [InlineData("/v1/me/player/recently-played?limit=51", "Invalid limit")]
    [InlineData("/v1/me/player/recently-played?before=1&after=2", "Only one of 'before' or 'after' may be specified")]
    [InlineData("/v1/me/player/recently-played?after=yesterday", "Invalid value for 'after'")]
    [InlineData("/v1/me/playlists?offset=100001", "Invalid offset")]
    [InlineData("/v1/playlists/37i9dQZF1DX0XUsuxWHRQdx/items", "Invalid base62 id")]
    public async Task Bad_query_parameters_are_400_with_the_real_message(string url, string message)
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        using var response = await spotify.GetAsync(url);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, new JsonObject { ["error"] = new JsonObject { ["status"] = 400, ["message"] = message } }.ToJsonString());
    }

    [Fact]
    public async Task A_token_without_the_scope_is_403_insufficient_client_scope()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        using var response = await spotify.GetAsync("/v1/me/tracks", spotify.Simulator.Tokens.IssueAccessToken("user-read-recently-played"));

        await AssertErrorAsync(response, HttpStatusCode.Forbidden, """{"error":{"status":403,"message":"Insufficient client scope"}}""");
    }

    [Fact]
    public async Task Recently_played_has_the_fixture_shape_and_cursors_in_milliseconds()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var page = await spotify.GetJsonAsync("/v1/me/player/recently-played?limit=2");

        JsonShape.AssertSame(JsonNode.Parse(Fixtures.Read("spotify", "recently-played-page.json")), page);
        var plays = spotify.Library.RetrievablePlaysAt(spotify.Clock.GetUtcNow());
        var newest = plays[0].PlayedAt.ToUnixTimeMilliseconds();
        var second = plays[1].PlayedAt.ToUnixTimeMilliseconds();
        Assert.Equal(newest.ToString(), (string?)page["cursors"]!["after"]);
        Assert.Equal(second.ToString(), (string?)page["cursors"]!["before"]);
        Assert.Equal($"https://api.spotify.com/v1/me/player/recently-played?before={second}&limit=2", (string?)page["next"]);
        Assert.Equal("https://api.spotify.com/v1/me/player/recently-played?limit=2", (string?)page["href"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", (string?)page["items"]![0]!["played_at"]);
        Assert.False(page.ContainsKey("total"));
    }

    [Fact]
    public async Task Walking_recently_played_back_by_before_reaches_exactly_the_last_50_plays()
    {
        await using var spotify = await SpotifyTestHost.StartAsync(spec: new LibrarySpec { Plays = 120 });
        var seen = new List<string>();
        for (var url = "https://api.spotify.com/v1/me/player/recently-played?limit=7"; url is not null;)
        {
            var page = await spotify.GetJsonAsync(url);
            seen.AddRange(page["items"]!.AsArray().Select(i => (string)i!["played_at"]!));
            url = (string?)page["next"];
        }

        var expected = spotify.Library.Plays.Take(50).Select(p => p.PlayedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"));
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task After_returns_only_newer_plays_and_walks_forward_to_the_newest()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var cursor = spotify.Library.Plays[0].PlayedAt.ToUnixTimeMilliseconds();
        var empty = await spotify.GetJsonAsync($"/v1/me/player/recently-played?after={cursor}&limit=50");
        JsonShape.AssertSame(JsonNode.Parse(Fixtures.Read("spotify", "recently-played-empty.json")), empty);
        Assert.Null(empty["cursors"]);
        Assert.Equal($"https://api.spotify.com/v1/me/player/recently-played?after={cursor}&limit=50", (string?)empty["href"]);

        var added = spotify.Library.SchedulePlays(12, spotify.Clock.GetUtcNow(), TimeSpan.FromHours(3));
        spotify.Clock.Advance(TimeSpan.FromHours(3));
        var seen = new List<string>();
        for (var url = $"https://api.spotify.com/v1/me/player/recently-played?after={cursor}&limit=5"; url is not null;)
        {
            var page = await spotify.GetJsonAsync(url);
            seen.AddRange(page["items"]!.AsArray().Select(i => (string)i!["played_at"]!).Reverse());
            url = (string?)page["next"];
        }

        Assert.Equal(added.Reverse().Select(p => p.PlayedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'")), seen);
    }

    [Fact]
    public async Task My_playlists_have_the_fixture_shape_with_both_summaries()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var page = await spotify.GetJsonAsync("/v1/me/playlists?limit=2");

        JsonShape.AssertSame(JsonNode.Parse(Fixtures.Read("spotify", "my-playlists-page.json")), page);
        var first = spotify.Library.Playlists[0];
        Assert.Equal(first.Id, (string?)page["items"]![0]!["id"]);
        Assert.Equal(spotify.Library.EntriesOf(first).Count, (int)page["items"]![0]!["items"]!["total"]!);
        Assert.Equal($"https://api.spotify.com/v1/playlists/{first.Id}/items", (string?)page["items"]![0]!["items"]!["href"]);
        Assert.Equal(spotify.Library.Playlists.Count, (int)page["total"]!);
    }

    [Fact]
    public async Task Without_the_private_and_collaborative_scopes_those_playlists_are_left_out()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var page = await spotify.GetJsonAsync("/v1/me/playlists?limit=50", spotify.Simulator.Tokens.IssueAccessToken("user-library-read"));

        var expected = spotify.Library.Playlists.Where(p => p.IsPublic && !p.Collaborative).Select(p => p.Id);
        Assert.Equal(expected, page["items"]!.AsArray().Select(i => (string?)i!["id"]));
        Assert.True(spotify.Library.Playlists.Count > expected.Count());
    }

    [Fact]
    public async Task An_owned_playlist_embeds_its_first_100_items()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var owned = spotify.Library.Playlists[0];
        var playlist = await spotify.GetJsonAsync($"/v1/playlists/{owned.Id}");

        JsonShape.AssertSame(JsonNode.Parse(Fixtures.Read("spotify", "playlist-owned.json")), playlist);
        Assert.Equal(100, playlist["items"]!["items"]!.AsArray().Count);
        Assert.Equal($"https://api.spotify.com/v1/playlists/{owned.Id}/items?offset=100&limit=100", (string?)playlist["items"]!["next"]);
        Assert.Equal(owned.SnapshotId, (string?)playlist["snapshot_id"]);
        Assert.Equal(32, owned.SnapshotId.Length);
    }

    [Fact]
    public async Task A_followed_playlist_of_someone_else_is_metadata_only_and_its_items_are_403()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var followed = spotify.Library.Playlists.Last();
        Assert.NotEqual(spotify.Library.User.Id, followed.Owner.Id);

        var playlist = await spotify.GetJsonAsync($"/v1/playlists/{followed.Id}");
        JsonShape.AssertSame(JsonNode.Parse(Fixtures.Read("spotify", "playlist-not-owned-metadata-only.json")), playlist);
        Assert.False(playlist.ContainsKey("items"));

        await AssertErrorAsync(await spotify.GetAsync($"/v1/playlists/{followed.Id}/items"), HttpStatusCode.Forbidden, Fixtures.Read("spotify", "error-403-forbidden.json"));
    }

    [Fact]
    public async Task A_collaborative_playlist_the_user_edits_has_readable_items()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var shared = spotify.Library.Playlists.Single(p => p.Collaborative);

        var page = await spotify.GetJsonAsync($"/v1/playlists/{shared.Id}/items");

        Assert.Equal(spotify.Library.EntriesOf(shared).Count, (int)page["total"]!);
    }

    [Fact]
    public async Task Playlist_items_mix_tracks_local_files_episodes_and_unavailable_entries_as_the_fixture_does()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var owned = spotify.Library.Playlists[0];
        var total = spotify.Library.EntriesOf(owned).Count;

        var page = await spotify.GetJsonAsync($"/v1/playlists/{owned.Id}/items?offset={total - 50}&limit=50&additional_types=track,episode");

        JsonShape.AssertSame(JsonNode.Parse(Fixtures.Read("spotify", "playlist-items-page.json")), page, everyVariant: true);
        Assert.Equal($"https://api.spotify.com/v1/playlists/{owned.Id}/items?offset={total - 50}&limit=50&additional_types=track,episode", (string?)page["href"]);
        var items = page["items"]!.AsArray().Select(i => i!.AsObject()).ToArray();
        var local = items.First(i => (bool)i["is_local"]!)["item"]!;
        Assert.Null(local["id"]);
        Assert.StartsWith("spotify:local:", (string?)local["uri"]);
        Assert.Contains(items, i => (string?)i["item"]?["type"] == "episode");
        Assert.Contains(items, i => i["item"] is null && i["added_at"] is not null);
        Assert.Contains(items, i => i["added_at"] is null && i["added_by"] is null);
        Assert.All(items, i => Assert.False(i.ContainsKey("track")));
    }

    [Fact]
    public async Task Without_additional_types_episode_episodes_come_back_null()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var owned = spotify.Library.Playlists[0];
        var total = spotify.Library.EntriesOf(owned).Count;

        var page = await spotify.GetJsonAsync($"/v1/playlists/{owned.Id}/items?offset={total - 50}&limit=50");

        Assert.DoesNotContain(page["items"]!.AsArray(), i => (string?)i!["item"]?["type"] == "episode");
    }

    [Fact]
    public async Task Transitional_keys_repeat_item_as_track_and_items_as_tracks()
    {
        await using var spotify = await SpotifyTestHost.StartAsync(SpotifyTestHost.DefaultOptions with { TransitionalPlaylistKeys = true });
        var owned = spotify.Library.Playlists[0];

        var page = await spotify.GetJsonAsync($"/v1/playlists/{owned.Id}/items?limit=5");
        var playlist = await spotify.GetJsonAsync($"/v1/playlists/{owned.Id}");

        Assert.All(page["items"]!.AsArray(), i => Assert.Equal(i!["item"]!.ToJsonString(), i["track"]!.ToJsonString()));
        Assert.Equal(playlist["items"]!.ToJsonString(), playlist["tracks"]!.ToJsonString());
    }

    [Fact]
    public async Task Walking_playlist_items_visits_every_entry_once_in_order()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var owned = spotify.Library.Playlists[0];
        var names = new List<string?>();
        for (var url = $"https://api.spotify.com/v1/playlists/{owned.Id}/items?limit=50&additional_types=track,episode"; url is not null;)
        {
            var page = await spotify.GetJsonAsync(url);
            names.AddRange(page["items"]!.AsArray().Select(i => (string?)i!["item"]?["uri"]));
            url = (string?)page["next"];
        }

        Assert.Equal(spotify.Library.EntriesOf(owned).Select(e => e.Track?.Uri ?? e.Episode?.Uri), names);
    }

    [Fact]
    public async Task A_playlist_marked_forbidden_answers_403_on_items_even_when_owned()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var owned = spotify.Library.Playlists[0];
        owned.ItemsForbidden = true;

        await AssertErrorAsync(await spotify.GetAsync($"/v1/playlists/{owned.Id}/items"), HttpStatusCode.Forbidden, Fixtures.Read("spotify", "error-403-forbidden.json"));
    }

    [Fact]
    public async Task An_unknown_playlist_is_404()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        await AssertErrorAsync(await spotify.GetAsync("/v1/playlists/37i9dQZF1DX0XUsuxWHRQd"), HttpStatusCode.NotFound, Fixtures.Read("spotify", "error-404-not-found.json"));
    }

    [Theory]
    [InlineData("/v1/tracks?ids=3ZL9gPzeCnKG9l5SB1SlcZ")]
    [InlineData("/v1/tracks/3ZL9gPzeCnKG9l5SB1SlcZ")]
    [InlineData("/v1/playlists/1Cp6VQCKf2VL4sP09jN9oX/tracks")]
    public async Task Endpoints_removed_for_development_mode_are_403(string url)
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        await AssertErrorAsync(await spotify.GetAsync(url), HttpStatusCode.Forbidden, Fixtures.Read("spotify", "error-403-forbidden.json"));
    }

    [Fact]
    public async Task An_unknown_endpoint_is_404_service_not_found()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        await AssertErrorAsync(await spotify.GetAsync("/v1/me/top/artists"), HttpStatusCode.NotFound, """{"error":{"status":404,"message":"Service not found"}}""");
    }

    [Fact]
    public async Task Over_the_rolling_window_budget_requests_get_429_with_retry_after_until_the_oldest_leaves()
    {
        await using var spotify = await SpotifyTestHost.StartAsync(SpotifyTestHost.DefaultOptions with { RateLimit = new RollingWindow(5, TimeSpan.FromSeconds(30)) });
        var token = spotify.Simulator.Tokens.IssueAccessToken();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await spotify.GetAsync("/v1/me", token)).StatusCode);
            spotify.Clock.Advance(TimeSpan.FromSeconds(2));
        }

        using var limited = await spotify.GetAsync("/v1/me", token);

        await AssertErrorAsync(limited, HttpStatusCode.TooManyRequests, Fixtures.Read("spotify", "error-429-rate-limit.json"));
        Assert.Equal("20", limited.Headers.GetValues("Retry-After").Single());
        spotify.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.OK, (await spotify.GetAsync("/v1/me", token)).StatusCode);
    }

    [Fact]
    public async Task Past_the_daily_quota_requests_get_429_quota_exceeded()
    {
        var options = SpotifyTestHost.DefaultOptions with { DailyQuota = new RollingWindow(3, TimeSpan.FromHours(24)) };
        await using var spotify = await SpotifyTestHost.StartAsync(options);
        var token = spotify.Simulator.Tokens.IssueAccessToken();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await spotify.GetAsync("/v1/me", token)).StatusCode);
        }
        spotify.Clock.Advance(TimeSpan.FromSeconds(35_475));

        using var exhausted = await spotify.GetAsync("/v1/me");

        await AssertErrorAsync(exhausted, HttpStatusCode.TooManyRequests, Fixtures.Read("spotify", "error-429-quota-exceeded.json"));
        Assert.Equal("50925", exhausted.Headers.GetValues("Retry-After").Single());
    }

    internal static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string expectedJson)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(JsonNode.Parse(expectedJson)!.ToJsonString(), JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString());
    }
}

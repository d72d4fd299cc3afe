using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Spotify;

public sealed class LibraryTests
{
    private static readonly DateTimeOffset Now = SpotifyTestHost.Start;

    [Fact]
    public async Task The_same_seed_gives_the_same_responses_and_another_seed_does_not()
    {
        async Task<string> Snapshot(int seed)
        {
            await using var spotify = await SpotifyTestHost.StartAsync(seed: seed);
            spotify.Library.ScheduleLikes(5, spotify.Clock.GetUtcNow(), TimeSpan.FromHours(1));
            spotify.Clock.Advance(TimeSpan.FromHours(1));
            var tracks = await spotify.GetJsonAsync("/v1/me/tracks?limit=50");
            var plays = await spotify.GetJsonAsync("/v1/me/player/recently-played?limit=50");
            var playlists = await spotify.GetJsonAsync("/v1/me/playlists?limit=50");
            return tracks.ToJsonString() + plays.ToJsonString() + playlists.ToJsonString();
        }

        var first = await Snapshot(11);
        Assert.Equal(first, await Snapshot(11));
        Assert.NotEqual(first, await Snapshot(12));
    }

    [Fact]
    public void A_generated_library_has_the_metadata_a_sync_must_survive()
    {
        var library = LibraryGenerator.Generate(new LibrarySpec { Tracks = 2000, LikedTracks = 1000 }, new SandboxRandom(3), Now);
        var tracks = library.Tracks.Where(t => !t.IsLocal).ToArray();

        Assert.Equal(2000, tracks.Length);
        Assert.Equal(1000, library.SavedTracksAt(Now).Count);
        Assert.Contains(tracks, t => t.Artists.Count >= 3);
        Assert.Contains(tracks, t => t.Name.Length > 250);
        Assert.Contains(tracks, t => t.Name.Any(c => c > 0x3000));
        Assert.Contains(tracks, t => t.Name.Any(char.IsSurrogate));
        Assert.Contains(tracks, t => t.Artists.Any(a => a.Name.Any(c => c is >= '\u0600' and <= '\u06FF')));
        Assert.Equal(["day", "month", "year"], tracks.Select(t => t.Album.ReleaseDatePrecision).Distinct().Order());
        Assert.All(tracks, t => Assert.Matches(t.Album.ReleaseDatePrecision switch { "day" => @"^\d{4}-\d\d-\d\d$", "month" => @"^\d{4}-\d\d$", _ => @"^\d{4}$" }, t.Album.ReleaseDate));
        Assert.All(tracks, t => Assert.Matches("^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$", t.Isrc));
        Assert.All(tracks, t => Assert.True(SpotifyIds.IsBase62Id(t.Id)));
        Assert.Equal(tracks.Length, tracks.Select(t => t.Id).Distinct().Count());
        Assert.All(library.Tracks.Where(t => t.IsLocal), t => Assert.Null(t.Id));
        Assert.Contains(library.Playlists, p => p.Owner.Id != library.User.Id && !p.Collaborative);
        Assert.Contains(library.Playlists, p => p.Collaborative && p.Collaborators.Contains(library.User.Id));
    }

    [Fact]
    public void A_local_file_uri_is_form_encoded_from_its_tags()
    {
        var local = new Track(null, "No Woman, No Cry", [new Artist(null, "Fugees (Refugee Camp)")], new Album(null, "The Score", null, null, null, 0, [], []),
            273_000, false, 0, 0, null, IsLocal: true);

        Assert.Equal("spotify:local:Fugees+%28Refugee+Camp%29:The+Score:No+Woman%2C+No+Cry:273", local.Uri);
    }

    [Fact]
    public async Task Liking_unliking_playing_and_editing_a_playlist_show_in_the_api()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var library = spotify.Library;
        var track = library.Tracks.First(t => !t.IsLocal && !library.IsLiked(t));
        var now = spotify.Clock.GetUtcNow();

        Assert.True(library.Like(track, now));
        Assert.False(library.Like(track, now));
        Assert.Equal(track.Id, (string?)(await spotify.GetJsonAsync("/v1/me/tracks?limit=1"))["items"]![0]!["track"]!["id"]);
        Assert.True(library.Unlike(track));
        Assert.NotEqual(track.Id, (string?)(await spotify.GetJsonAsync("/v1/me/tracks?limit=1"))["items"]![0]!["track"]!["id"]);

        library.AddPlay(track, now, new PlayContext("album", track.Album.Id!));
        var played = (await spotify.GetJsonAsync("/v1/me/player/recently-played?limit=1"))["items"]![0]!;
        Assert.Equal(track.Id, (string?)played["track"]!["id"]);
        Assert.Equal($"spotify:album:{track.Album.Id}", (string?)played["context"]!["uri"]);

        var playlist = library.Playlists[1];
        var snapshot = playlist.SnapshotId;
        library.AddToPlaylist(playlist, track, null, now, library.User);
        var total = library.EntriesOf(playlist).Count;
        var last = (await spotify.GetJsonAsync($"/v1/playlists/{playlist.Id}/items?offset={total - 1}&limit=1"))["items"]![0]!;
        Assert.Equal(track.Id, (string?)last["item"]!["id"]);
        Assert.Equal(SpotifyJsonTime(now), (string?)last["added_at"]);
        Assert.NotEqual(snapshot, playlist.SnapshotId);
    }

    [Fact]
    public void Scheduling_more_likes_than_unliked_tracks_fails_clearly()
    {
        var library = LibraryGenerator.Generate(new LibrarySpec { Tracks = 10, LikedTracks = 8, Plays = 0 }, new SandboxRandom(1), Now);

        var error = Assert.Throws<InvalidOperationException>(() => library.ScheduleLikes(3, Now, TimeSpan.FromDays(1)));
        Assert.Equal("Only 2 tracks of the catalog are not liked yet; 3 likes cannot be scheduled.", error.Message);
    }

    private static string SpotifyJsonTime(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
}

using System.Linq;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Spotify.Model;
using SpotifySync.Core.Tracks;
using Xunit;

namespace SpotifySync.Core.Tests.Tracks;

/// <summary>Spotify tracks of the fixtures become the sync-owned values of new Tracks pages.</summary>
public sealed class TrackPageMapperTests
{
    private const string DataSourceId = "bc1211ca-e3f1-4939-ae34-5260b16f627c";

    private static readonly TrackPropertyNames Names = new();

    private static string Text(NotionCreatePageRequest page, string name) => NotionText.PlainText(page.Properties[name].RichText ?? page.Properties[name].Title);

    [Fact]
    public void A_liked_track_fills_every_sync_owned_property()
    {
        var saved = Fixtures.Read<SpotifyPage<SpotifySavedTrack>>("spotify/saved-tracks-page.json").Items![0];

        var page = TrackPageMapper.NewPage(DataSourceId, Names, saved.Track!, new TrackContext { Source = TrackSources.Saved, AddedAt = saved.AddedAt });

        Assert.Equal(DataSourceId, page.Parent.DataSourceId);
        Assert.Equal("Cold Silver", Text(page, "Name"));
        Assert.Equal("Starbenders", Text(page, "Artist"));
        Assert.Equal("Cold Silver", Text(page, "Album"));
        Assert.Equal("0Y0PdrwwWtYTFhCY5Kj0iv", Text(page, "Spotify ID"));
        Assert.Equal("https://open.spotify.com/track/0Y0PdrwwWtYTFhCY5Kj0iv", page.Properties["Spotify URL"].Url);
        Assert.Equal("USYFZ2565101", Text(page, "ISRC"));
        Assert.Equal(222, page.Properties["Duration"].Number);
        Assert.Equal("2025-10-08", page.Properties["Release Date"].Date!.Start);
        Assert.Equal("2026-02-23T13:28:26Z", page.Properties["Added At"].Date!.Start);
        Assert.Equal("Saved", page.Properties["Source"].Select!.Name);
        Assert.True(page.Properties["In Library"].Checkbox);
        Assert.Equal("https://i.scdn.co/image/ab67616d0000b2736a2135afb61a9fa65676be6d", page.Cover!.External!.Url);
        Assert.Equal("https://i.scdn.co/image/ab67616d000048516a2135afb61a9fa65676be6d", page.Icon!.External!.Url);
        Assert.Equal("external", page.Icon.Type);
        Assert.Subset(TrackSchema.SyncOwned(Names).ToHashSet(), page.Properties.Keys.ToHashSet());
    }

    [Fact]
    public void Companion_properties_are_never_written()
    {
        var saved = Fixtures.Read<SpotifyPage<SpotifySavedTrack>>("spotify/saved-tracks-page.json").Items![1];

        var page = TrackPageMapper.NewPage(DataSourceId, Names, saved.Track!, new TrackContext { Source = TrackSources.Saved, AddedAt = saved.AddedAt });

        Assert.DoesNotContain(Names.DownloadStatus, page.Properties.Keys);
        Assert.DoesNotContain(Names.Downloaded, page.Properties.Keys);
        Assert.DoesNotContain(Names.FilePath, page.Properties.Keys);
        Assert.DoesNotContain(Names.SoundCloudUrl, page.Properties.Keys);
        Assert.DoesNotContain(Names.LastPlayed, page.Properties.Keys);
    }

    [Fact]
    public void A_playlist_track_has_its_playlist_and_several_artists()
    {
        var entry = Fixtures.Read<SpotifyPage<SpotifyPlaylistItem>>("spotify/playlist-items-page.json").Items![0];

        var page = TrackPageMapper.NewPage(DataSourceId, Names, SpotifyPlaylists.ItemOf(entry)!,
            new TrackContext { Source = TrackSources.Playlist, AddedAt = entry.AddedAt, PlaylistName = "Road, Trip" });

        Assert.Equal("Maribou State, Andreya Triana", Text(page, "Artist"));
        Assert.Equal("Road Trip", page.Properties["Playlists"].MultiSelect!.Single().Name);
        Assert.Equal("Playlist", page.Properties["Source"].Select!.Name);
        Assert.False(page.Properties["In Library"].Checkbox);
        Assert.Equal("2025-07-29T21:11:55Z", page.Properties["Added At"].Date!.Start);
    }

    [Fact]
    public void A_recent_play_sets_last_played_and_a_first_play_count()
    {
        var play = Fixtures.Read<SpotifyPlayHistoryPage>("spotify/recently-played-page.json").Items![0];

        var page = TrackPageMapper.NewPage(DataSourceId, Names, play.Track!, new TrackContext { Source = TrackSources.RecentlyPlayed, PlayedAt = play.PlayedAt });

        Assert.Equal("2026-02-25T20:15:20.497Z", page.Properties["Last Played"].Date!.Start);
        Assert.Equal(1, page.Properties["Play Count"].Number);
        Assert.Equal("Recently Played", page.Properties["Source"].Select!.Name);
        Assert.DoesNotContain("Added At", page.Properties.Keys);
    }

    [Fact]
    public void A_local_file_has_no_spotify_id_url_isrc_or_art()
    {
        var local = SpotifyPlaylists.ItemOf(Fixtures.Read<SpotifyPage<SpotifyPlaylistItem>>("spotify/playlist-items-page.json").Items![1])!;

        var page = TrackPageMapper.NewPage(DataSourceId, Names, local, new TrackContext { Source = TrackSources.Playlist, PlaylistName = "Old" });

        Assert.Equal("No Woman, No Cry", Text(page, "Name"));
        Assert.Equal("Fugees (Refugee Camp)", Text(page, "Artist"));
        Assert.Equal("The Score", Text(page, "Album"));
        Assert.Equal(273, page.Properties["Duration"].Number);
        Assert.DoesNotContain("Spotify ID", page.Properties.Keys);
        Assert.DoesNotContain("Spotify URL", page.Properties.Keys);
        Assert.DoesNotContain("ISRC", page.Properties.Keys);
        Assert.DoesNotContain("Release Date", page.Properties.Keys);
        Assert.Null(page.Cover);
        Assert.Null(page.Icon);
    }

    [Fact]
    public void An_episode_takes_its_show_images_and_release_date()
    {
        var episode = SpotifyPlaylists.ItemOf(Fixtures.Read<SpotifyPage<SpotifyPlaylistItem>>("spotify/playlist-items-page.json").Items![2])!;

        var page = TrackPageMapper.NewPage(DataSourceId, Names, episode, new TrackContext { Source = TrackSources.Playlist });

        Assert.Equal("Toni and Ryan", Text(page, "Album"));
        Assert.Equal("", Text(page, "Artist"));
        Assert.Equal("2024-11-27", page.Properties["Release Date"].Date!.Start);
        Assert.Equal("https://open.spotify.com/episode/5ytYkag3JZJ3GP2uuFAEBe", page.Properties["Spotify URL"].Url);
        Assert.Equal("https://i.scdn.co/image/ab6765630000ba8ab5f65a943ef4f707bf79949b", page.Cover!.External!.Url);
    }

    [Fact]
    public void Renamed_properties_are_written_under_their_names()
    {
        var saved = Fixtures.Read<SpotifyPage<SpotifySavedTrack>>("spotify/saved-tracks-page.json").Items![0];
        var names = TrackSchema.Names(new() { ["Name"] = "Title", ["Artist"] = "Artists" });

        var page = TrackPageMapper.NewPage(DataSourceId, names, saved.Track!, new TrackContext { Source = TrackSources.Saved });

        Assert.Equal("Cold Silver", Text(page, "Title"));
        Assert.Equal("Starbenders", Text(page, "Artists"));
        Assert.DoesNotContain("Name", page.Properties.Keys);
    }

    [Theory]
    [InlineData("2025-10-08", "day", "2025-10-08")]
    [InlineData("2019-07", "month", "2019-07-01")]
    [InlineData("1999", "year", "1999-01-01")]
    [InlineData("1999", null, "1999-01-01")]
    [InlineData("2019-07", null, "2019-07-01")]
    [InlineData("0000", "year", null)]
    [InlineData("2019-13-01", "day", null)]
    [InlineData("soon", "day", null)]
    [InlineData(null, "day", null)]
    public void Release_dates_of_each_precision_become_a_notion_date(string? releaseDate, string? precision, string? expected)
    {
        Assert.Equal(expected, ReleaseDates.ToNotionDate(releaseDate, precision)?.Start);
    }
}

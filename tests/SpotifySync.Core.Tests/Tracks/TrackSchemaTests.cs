using System;
using System.Collections.Generic;
using System.Linq;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Tracks;
using Xunit;

namespace SpotifySync.Core.Tests.Tracks;

public sealed class TrackSchemaTests
{
    private static readonly TrackPropertyNames Names = new();

    [Fact]
    public void The_default_names_and_types_are_those_of_the_architecture()
    {
        var types = TrackSchema.Types(Names);

        Assert.Equal(new[]
        {
            "Name:title", "Artist:rich_text", "Album:rich_text", "Spotify ID:rich_text", "Spotify URL:url", "ISRC:rich_text",
            "Duration:number", "Release Date:date", "Added At:date", "Source:select", "Playlists:multi_select", "Last Played:date",
            "Play Count:number", "In Library:checkbox", "Download Status:select", "Downloaded:checkbox", "File Path:rich_text",
            "SoundCloud URL:url",
        }, types.Select(t => $"{t.Key}:{t.Value}"));
        Assert.Equal(new[] { "Saved", "Recently Played", "Playlist" }, TrackSchema.Definitions(Names)["Source"].Select!.Options!.Select(o => o.Name));
        Assert.Equal(new[] { "Pending", "Downloading", "Downloaded", "Not Found", "Failed" },
            TrackSchema.Definitions(Names)["Download Status"].Select!.Options!.Select(o => o.Name));
    }

    [Fact]
    public void Missing_properties_are_those_the_data_source_lacks_never_the_title()
    {
        var dataSource = Fixtures.Read<NotionDataSource>("notion/data-source-retrieve.music.synthesized.json");

        var missing = TrackSchema.Missing(Names, dataSource);

        Assert.Equal(new[]
        {
            "ISRC", "Duration", "Release Date", "Added At", "Source", "Playlists", "Last Played", "Play Count", "In Library",
            "Download Status", "Downloaded", "File Path", "SoundCloud URL",
        }, missing.Properties.Keys);
        Assert.Equal("number", missing.Properties["Duration"].Number!.Format);
    }

    [Fact]
    public void A_property_of_another_type_is_a_mismatch()
    {
        var dataSource = Fixtures.Read<NotionDataSource>("notion/data-source-retrieve.music.synthesized.json");

        var problems = TrackSchema.Mismatches(Names, dataSource);

        Assert.Equal("The property 'Album' is relation but the sync writes rich_text: change its type in Notion, or map the Tracks property to another name.", Assert.Single(problems));
    }

    [Fact]
    public void A_title_under_another_name_is_a_mismatch()
    {
        var dataSource = Fixtures.Read<NotionDataSource>("notion/data-source-retrieve.music.synthesized.json");

        var problems = TrackSchema.Mismatches(TrackSchema.Names(new Dictionary<string, string> { ["Name"] = "Track", ["Album"] = "Album Name" }), dataSource);

        Assert.Equal("The data source has no title property named 'Track': rename its title property in Notion, or map Name to the title property's name.", Assert.Single(problems));
    }

    [Fact]
    public void Unknown_or_empty_overrides_are_refused()
    {
        var unknown = Assert.Throws<ArgumentException>(() => TrackSchema.Names(new Dictionary<string, string> { ["Popularity"] = "Pop" }));
        var empty = Assert.Throws<ArgumentException>(() => TrackSchema.Names(new Dictionary<string, string> { ["Artist"] = " " }));

        Assert.StartsWith("'Popularity' is not a Tracks property; the properties are Name, Artist, Album,", unknown.Message);
        Assert.Contains("'Artist'", empty.Message);
    }

    [Fact]
    public void Sync_owned_properties_leave_out_the_companions()
    {
        Assert.Equal(14, TrackSchema.SyncOwned(Names).Count);
        Assert.DoesNotContain("Download Status", TrackSchema.SyncOwned(Names));
        Assert.DoesNotContain("File Path", TrackSchema.SyncOwned(Names));
    }
}

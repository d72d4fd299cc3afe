using System.Collections.Generic;
using System.Linq;
using SpotifySync.Core.Notion;
using Xunit;

namespace SpotifySync.Core.Tests.Notion;

public sealed class NotionTextTests
{
    [Fact]
    public void Text_within_the_limit_is_kept()
    {
        var text = new string('a', 2000);

        Assert.Same(text, NotionText.Cut(text, NotionText.MaxRichTextLength));
    }

    [Fact]
    public void Long_text_is_cut_at_2000_utf16_units()
    {
        Assert.Equal(new string('a', 2000), NotionText.Cut(new string('a', 2600), NotionText.MaxRichTextLength));
    }

    [Fact]
    public void A_surrogate_pair_across_the_limit_is_dropped_whole()
    {
        var text = new string('a', 1999) + "😀" + "tail";

        var cut = NotionText.Cut(text, NotionText.MaxRichTextLength);

        Assert.Equal(1999, cut.Length);
        Assert.Equal(new string('a', 1999), cut);
    }

    [Fact]
    public void A_surrogate_pair_ending_at_the_limit_is_kept()
    {
        var text = new string('a', 1998) + "😀" + "tail";

        Assert.Equal(new string('a', 1998) + "😀", NotionText.Cut(text, NotionText.MaxRichTextLength));
    }

    [Theory]
    [InlineData("Rock, Paper, Scissors", "Rock Paper Scissors")]
    [InlineData("a,b", "a b")]
    [InlineData("  Chill ,  Vibes  ", "Chill Vibes")]
    [InlineData(",", "")]
    [InlineData("Plain", "Plain")]
    public void Option_names_lose_their_commas(string name, string expected)
    {
        Assert.Equal(expected, NotionText.OptionName(name));
    }

    [Fact]
    public void Option_names_are_cut_to_100_characters()
    {
        var name = NotionText.OptionName(new string('x', 99) + "🎵 and more");

        Assert.Equal(new string('x', 99), name);
    }

    [Fact]
    public void Rich_text_of_empty_text_is_no_item()
    {
        Assert.Empty(NotionText.RichText(""));
        Assert.Equal("Beach House", Assert.Single(NotionText.RichText("Beach House")).Text!.Content);
        Assert.Equal(2000, NotionText.RichText(new string('b', 2500))[0].Text!.Content!.Length);
    }

    [Fact]
    public void Multi_select_cleans_names_and_drops_repeats_and_empties()
    {
        var value = NotionValues.MultiSelect(new List<string> { "Road, Trip", "Road Trip", ",", "Gym" });

        Assert.Equal(new[] { "Road Trip", "Gym" }, value.MultiSelect!.Select(o => o.Name));
    }

    [Theory]
    [InlineData("248104cd477e80fdb757e945d38000bd")]
    [InlineData("248104cd-477e-80fd-b757-e945d38000bd")]
    [InlineData("https://www.notion.so/myspace/Spotify-Library-248104cd477e80fdb757e945d38000bd?v=1a2b3c4d5e6f4a1b8c2d3e4f5a6b7c8d")]
    [InlineData(" 248104CD477E80FDB757E945D38000BD/ ")]
    public void Notion_ids_are_read_from_ids_and_links(string text)
    {
        Assert.Equal("248104cd-477e-80fd-b757-e945d38000bd", NotionIds.Normalize(text, "TRACKS_DB_ID"));
    }

    [Fact]
    public void A_text_without_an_id_names_the_setting()
    {
        var error = Assert.Throws<System.ArgumentException>(() => NotionIds.Normalize("Music Tracks", "TRACKS_DB_ID"));

        Assert.StartsWith("TRACKS_DB_ID 'Music Tracks' holds no Notion id", error.Message);
    }
}

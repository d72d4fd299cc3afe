using SpotifySync.Companion.Downloads;
using Xunit;

namespace SpotifySync.Companion.Tests;

public sealed class TrackMatcherTests
{
    private static readonly PendingTrack Track = new("p", "Midnight City (feat. Someone) - Remastered", "M83", 244, null, "Pending", false, "");

    [Fact]
    public void The_match_needs_the_title_words_and_a_length_within_tolerance_and_prefers_the_closest()
    {
        YtDlpCandidate[] candidates =
        [
            new("a", "Midnight City Extended", "M83", 410, "https://soundcloud.com/a"),
            new("b", "Other Song", "M83", 244, "https://soundcloud.com/b"),
            new("c", "Midnight City someone", "fan", 250, "https://soundcloud.com/c"),
            new("d", "M83 - Midnight City Someone", "m83official", 245, "https://soundcloud.com/d"),
        ];
        Assert.Equal("d", TrackMatcher.Best(Track, candidates)!.Id);
        Assert.Null(TrackMatcher.Best(Track, [candidates[0], candidates[1]]));
        Assert.Equal("scsearch5:M83 Midnight City", TrackMatcher.SearchQuery(Track));
    }

    [Fact]
    public void An_unknown_length_is_matched_on_words_alone()
    {
        Assert.Equal("x", TrackMatcher.Best(Track with { DurationSeconds = null }, [new("x", "Midnight City", "M83", 500, "u")])!.Id);
    }
}

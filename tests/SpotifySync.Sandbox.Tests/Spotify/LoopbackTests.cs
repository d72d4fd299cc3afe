using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Spotify;

public sealed class LoopbackTests
{
    [Fact]
    public async Task On_a_loopback_port_paging_links_lead_back_to_the_port()
    {
        await using var spotify = await SpotifyTestHost.StartAsync(loopback: true);
        Assert.False(spotify.Host.IsInProcess);
        var ids = new List<string>();
        var url = "/v1/me/tracks?limit=50";
        while (true)
        {
            var page = await spotify.GetJsonAsync(url);
            ids.AddRange(page["items"]!.AsArray().Select(i => (string)i!["track"]!["id"]!));
            var next = (string?)page["next"];
            if (next is null) break;
            Assert.StartsWith(spotify.Host.BaseAddress + "v1/me/tracks?offset=", next);
            url = next;
        }

        Assert.Equal(spotify.Library.SavedTracksAt(spotify.Clock.GetUtcNow()).Select(s => s.Track.Id!), ids);
    }
}

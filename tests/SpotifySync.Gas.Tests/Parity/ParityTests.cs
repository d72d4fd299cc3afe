using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify.Library;
using SpotifySync.Simulation;
using Xunit;

namespace SpotifySync.Gas.Tests.Parity;

/// <summary>
/// The same scenario run by the sync core on .NET and by the emitted JS under the emulator, each against its own
/// identical sandbox (same seed, start, library and latency), must leave the same Notion state.
/// </summary>
public sealed class ParityTests
{
    private static readonly SimulatedCloudOptions Options = new()
    {
        Seed = 61,
        Library = new LibrarySpec { Tracks = 160, LikedTracks = 90, Plays = 40, LocalFiles = 2 },
    };

    [Fact]
    public async Task TheCoreOnDotNetAndTheEmittedJsUnderTheEmulatorLeaveTheSameNotionState()
    {
        await using var dotNet = await DotNetSide.StartAsync(Options);
        await using var emulator = await EmulatorSide.StartAsync(Options);

        var dotNetStatuses = Scenario(dotNet);
        var emulatorStatuses = Scenario(emulator);

        Assert.Equal(dotNetStatuses, emulatorStatuses);
        Assert.All(dotNetStatuses, status => Assert.Equal("done", status));
        var expected = NotionState(dotNet);
        var actual = NotionState(emulator);
        Assert.Equal(90 + 3 + 2, expected.Count(page => page.Value.Contains("\"In Library\":true", StringComparison.Ordinal)));
        Assert.Equal(expected.Keys, actual.Keys);
        var differences = expected.Keys.Where(id => expected[id] != actual[id]).Select(id => $"{id}:\n  .NET     {expected[id]}\n  emulator {actual[id]}").ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} page(s) differ:\n{string.Join("\n", differences.Take(5))}");
    }

    /// <summary>
    /// A first trigger run over the seeded library, two incremental runs with new likes in between, a recently
    /// played run after new plays, and a playlist sync, at the same simulated times on both sides (each step waits
    /// for its time; a side whose run took longer keeps its own time, which no value written depends on).
    /// </summary>
    private static List<string> Scenario(IParitySide side)
    {
        var start = Options.Start;
        var library = side.Spotify.Library;
        var statuses = new List<string> { side.Run("syncSpotifyToNotion") };

        side.AdvanceTo(start.AddMinutes(10));
        foreach (var track in Unliked(library).Take(3)) library.Like(track, start.AddMinutes(9));
        statuses.Add(side.Run("syncSpotifyToNotion"));

        side.AdvanceTo(start.AddMinutes(20));
        foreach (var track in Unliked(library).Take(2)) library.Like(track, start.AddMinutes(19));
        statuses.Add(side.Run("syncSpotifyToNotion"));

        side.AdvanceTo(start.AddMinutes(30));
        var played = library.Tracks.Where(t => t.Id is not null).Skip(5).Take(4).ToList();
        for (var i = 0; i < played.Count; i++) library.AddPlay(played[i], start.AddMinutes(25 + i));
        statuses.Add(side.Run("syncRecentlyPlayed"));

        side.AdvanceTo(start.AddMinutes(40));
        var playlist = library.Playlists.First(p => library.MayReadContents(p) && library.EntriesOf(p).Count(e => e.Track?.Id is not null) >= 5);
        statuses.Add(side.Run("syncPlaylist", playlist.Id));
        return statuses;
    }

    private static IEnumerable<Track> Unliked(SpotifyLibrary library) => library.Tracks.Where(t => t.Id is not null && !library.IsLiked(t));

    /// <summary>
    /// Every page of the Tracks data source by Spotify ID, its properties as plain values in JSON. Left out: the page
    /// ids, created and last-edited times (Notion's, set by each side's clock when the write arrived), which
    /// legitimately differ; every property value, dates included, comes from Spotify's data and must be equal.
    /// </summary>
    private static Dictionary<string, string> NotionState(IParitySide side)
    {
        var state = new Dictionary<string, string>();
        foreach (var page in side.Notion.Workspace.Pages(side.TracksDataSourceId))
        {
            var id = page.Text("Spotify ID");
            Assert.False(state.ContainsKey(id), $"{side.Name}: two pages for {id}");
            state[id] = JsonSerializer.Serialize(new SortedDictionary<string, object?>(page.Properties.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal));
        }
        return state;
    }
}

using System;
using SpotifySync.Core.Spotify;

namespace SpotifySync.Core.Sync;

/// <summary>
/// Reads <c>/me/tracks</c> by offset without ever skipping a track. Liked songs are listed newest first, so a new
/// like moves every track down one place (a walk then meets a track twice, which the index absorbs), and an unlike
/// above the walk moves them up (a walk would skip one). The second shows as a smaller <c>total</c>: then the read
/// steps back by the shrink and reads again, which covers every unlike above the walk, whatever the likes did.
/// </summary>
public sealed class SavedTracksReader
{
    private readonly SpotifyClient _spotify;
    private readonly int _pageSize;

    public SavedTracksReader(SpotifyClient spotify, int pageSize)
    {
        _spotify = spotify;
        _pageSize = pageSize;
    }

    /// <summary>The page at <paramref name="offset"/>, stepped back when the total fell below <paramref name="expectedTotal"/>.</summary>
    public SavedTracksRead Read(int offset, int? expectedTotal)
    {
        var page = _spotify.GetSavedTracks(_pageSize, offset);
        var shrink = expectedTotal is { } expected && page.Total is { } total ? expected - total : 0;
        if (shrink <= 0 || offset == 0) return new SavedTracksRead(offset, page, shrink > 0);
        var back = Math.Min(offset, shrink);
        return new SavedTracksRead(offset - back, _spotify.GetSavedTracks(_pageSize, offset - back), true);
    }
}

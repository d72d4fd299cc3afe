using SpotifySync.Core.Spotify.Model;

namespace SpotifySync.Core.Sync;

/// <summary>A page of <c>/me/tracks</c>, the offset it was actually read at, and whether the library had shrunk.</summary>
public sealed class SavedTracksRead
{
    public SavedTracksRead(int offset, SpotifyPage<SpotifySavedTrack> page, bool shrunk)
    {
        Offset = offset;
        Page = page;
        Shrunk = shrunk;
    }

    public int Offset { get; }

    public SpotifyPage<SpotifySavedTrack> Page { get; }

    /// <summary>True when the library held fewer tracks than expected, so the read stepped back.</summary>
    public bool Shrunk { get; }
}

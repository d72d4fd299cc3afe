using System;

namespace SpotifySync.Sandbox.Spotify.Library;

/// <summary>How big a generated library is. Likes and plays here are history, all before "now"; schedule more with
/// <see cref="SpotifyLibrary.ScheduleLikes"/> and <see cref="SpotifyLibrary.SchedulePlays"/>.</summary>
public sealed record LibrarySpec
{
    /// <summary>Catalog tracks, liked or not (local files come on top).</summary>
    public int Tracks { get; init; } = 300;

    /// <summary>Of <see cref="Tracks"/>, how many are liked before "now".</summary>
    public int LikedTracks { get; init; } = 200;

    /// <summary>How far back the liked tracks' <c>added_at</c> reach.</summary>
    public TimeSpan LikeHistory { get; init; } = TimeSpan.FromDays(4 * 365);

    /// <summary>Plays before "now" (only the last 50 are retrievable, as on the real service).</summary>
    public int Plays { get; init; } = 80;

    public int LocalFiles { get; init; } = 3;

    public int Episodes { get; init; } = 4;

    /// <summary>Playlists the user owns; the first holds an episode, a local file and an unavailable track when the library has them.</summary>
    public int OwnedPlaylists { get; init; } = 3;

    /// <summary>Playlists someone else owns with the user as a collaborator (contents readable).</summary>
    public int CollaborativePlaylists { get; init; } = 1;

    /// <summary>Playlists someone else owns that the user follows (metadata only; <c>/items</c> answers 403).</summary>
    public int FollowedPlaylists { get; init; } = 2;

    /// <summary>Entries in the largest owned playlist, over one page of 100 so that paging is exercised.</summary>
    public int LargestPlaylist { get; init; } = 130;

    internal void Validate()
    {
        foreach (var (name, value) in new[] { (nameof(Tracks), Tracks), (nameof(LikedTracks), LikedTracks), (nameof(Plays), Plays), (nameof(LocalFiles), LocalFiles),
                     (nameof(Episodes), Episodes), (nameof(OwnedPlaylists), OwnedPlaylists), (nameof(CollaborativePlaylists), CollaborativePlaylists),
                     (nameof(FollowedPlaylists), FollowedPlaylists), (nameof(LargestPlaylist), LargestPlaylist) })
        {
            if (value < 0) throw new ArgumentOutOfRangeException(name, value, $"{name} cannot be negative.");
        }
        if (LikedTracks > Tracks) throw new ArgumentOutOfRangeException(nameof(LikedTracks), LikedTracks, $"Only {Tracks} tracks can be liked.");
        if (Tracks == 0 && Plays > 0) throw new ArgumentOutOfRangeException(nameof(Plays), Plays, "Plays need tracks.");
        if (LikeHistory <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(LikeHistory), LikeHistory, "The like history must be positive.");
    }
}

using System;
using System.Collections.Generic;
using System.Buffers.Binary;
using System.Text;

namespace SpotifySync.Sandbox.Spotify.Library;

/// <summary>
/// One entry of a playlist: a track, a local file, an episode, or neither (<see cref="Track"/> and
/// <see cref="Episode"/> both null: a track no longer available, which the API returns as <c>item: null</c>).
/// Very old entries have no <see cref="AddedAt"/> and no <see cref="AddedBy"/>.
/// </summary>
public sealed record PlaylistEntry(DateTimeOffset? AddedAt, SpotifyUser? AddedBy, Track? Track, Episode? Episode);

/// <summary>
/// A playlist in the user's list (<c>/me/playlists</c>): owned by the user, collaborative with the user as a
/// collaborator, or someone else's that the user follows. Its entries are changed through
/// <see cref="SpotifyLibrary"/>, which keeps <see cref="SnapshotId"/> moving with every change.
/// </summary>
public sealed class Playlist
{
    internal readonly List<PlaylistEntry> EntryList = [];
    internal readonly HashSet<string> CollaboratorIds = new(StringComparer.Ordinal);

    internal Playlist(string id, string name, string description, SpotifyUser owner, bool isPublic, bool collaborative, IReadOnlyList<SpotifyImage> images, int followers)
    {
        Id = id;
        Name = name;
        Description = description;
        Owner = owner;
        IsPublic = isPublic;
        Collaborative = collaborative;
        Images = images;
        Followers = followers;
    }

    public string Id { get; }
    public string Name { get; }
    public string Description { get; }
    public SpotifyUser Owner { get; }
    public bool IsPublic { get; }
    public bool Collaborative { get; }
    public IReadOnlyList<SpotifyImage> Images { get; }
    public int Followers { get; }
    public string Uri => $"spotify:playlist:{Id}";

    /// <summary>Counts the changes; the snapshot id is derived from it so that it changes whenever the contents do.</summary>
    public int Version { get; internal set; }

    /// <summary>Shaped like the real ones (<c>AAAAAqEcxS92ddZ6R83Q8TWFhYshm18s</c>): a big-endian version counter, then bytes of the id.</summary>
    public string SnapshotId
    {
        get
        {
            var bytes = new byte[24];
            BinaryPrimitives.WriteInt32BigEndian(bytes, Version);
            Encoding.ASCII.GetBytes(Id.AsSpan(0, 20), bytes.AsSpan(4));
            return Convert.ToBase64String(bytes);
        }
    }

    /// <summary>
    /// Makes <c>/items</c> answer 403 even though the user may read the playlist, as developers observed in
    /// August 2026 for some of their own playlists with a personal development-mode client.
    /// </summary>
    public bool ItemsForbidden { get; set; }

    public IReadOnlyCollection<string> Collaborators => CollaboratorIds;
}

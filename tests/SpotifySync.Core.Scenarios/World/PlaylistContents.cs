namespace SpotifySync.Core.Scenarios.World;

/// <summary>A playlist of the user's and what its entries are.</summary>
public sealed class PlaylistContents
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Whether the user may read its entries (in development mode only its owner and collaborators may).</summary>
    public bool Readable { get; set; }

    public int Entries { get; set; }

    /// <summary>The distinct catalog tracks among the entries: what should get a page.</summary>
    public string[] TrackIds { get; set; } = new string[0];

    public int Episodes { get; set; }

    public int LocalFiles { get; set; }

    /// <summary>Entries whose track is no longer available (no item).</summary>
    public int Unavailable { get; set; }
}

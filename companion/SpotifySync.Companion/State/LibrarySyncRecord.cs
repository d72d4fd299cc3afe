namespace SpotifySync.Companion.State;

/// <summary>What a full run's Spotify → Notion sync did (<see cref="Sync.ILibrarySync"/>), kept in the run's record and report.</summary>
public sealed class LibrarySyncRecord
{
    /// <summary>The sync core's status of the last slice: <c>done</c> when the library is in Notion, else why it stopped (<c>failed</c>, <c>blocked</c>, <c>reauthorize</c>, …).</summary>
    public string Status { get; set; } = "";

    /// <summary>Liked tracks in the Spotify library, as the walk last saw it.</summary>
    public int? Total { get; set; }

    public int Created { get; set; }
    public int Updated { get; set; }

    /// <summary>Pages whose track is no longer liked, In Library unchecked.</summary>
    public int Unchecked { get; set; }

    /// <summary>Tracks that had several pages, merged into the oldest (the others moved to Notion's trash).</summary>
    public int Merged { get; set; }

    /// <summary>The core runs of at most its time budget each that the sync took (it resumes from its cursor between them).</summary>
    public int Slices { get; set; }

    /// <summary>The Notion properties the Tracks data source lacked and the run added.</summary>
    public int PropertiesAdded { get; set; }

    public string? Error { get; set; }

    public string Summary =>
        $"{Status}: {Created} created, {Updated} updated, {Unchecked} unchecked of {Total?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} liked tracks in {Slices} slice(s)" +
        (Merged > 0 ? $", {Merged} duplicated tracks merged" : "") + (PropertiesAdded > 0 ? $", {PropertiesAdded} Notion properties added" : "") + (Error is null ? "" : $" ({Error})");
}

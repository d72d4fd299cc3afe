using System;
using System.Collections.Generic;
using System.Linq;

namespace SpotifySync.Simulation;

/// <summary>
/// The exactly-once check of a sync: the simulated Spotify's liked tracks (with an ID: local files have none)
/// against the pages of the simulated Notion data source, by the property holding the Spotify ID.
/// </summary>
public sealed record LibraryAudit(int LikedTracks, int Pages, IReadOnlyList<string> Duplicated, IReadOnlyList<string> Missing)
{
    public bool ExactlyOnce => Duplicated.Count == 0 && Missing.Count == 0;

    public static LibraryAudit Of(SimulatedCloud cloud, string dataSourceId, string spotifyIdProperty = "Spotify ID")
    {
        var liked = cloud.Spotify.Library.SavedTracksAt(cloud.Clock.GetUtcNow())
            .Select(saved => saved.Track.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var pages = cloud.Notion.Workspace.Pages(dataSourceId);
        var ids = pages.Select(page => page.Text(spotifyIdProperty)).ToList();
        var duplicated = ids.GroupBy(id => id, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        var inNotion = ids.ToHashSet(StringComparer.Ordinal);
        var missing = liked.Where(id => !inNotion.Contains(id)).ToList();
        return new LibraryAudit(liked.Count, pages.Count, duplicated, missing);
    }
}

using System.Collections.Generic;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Tracks;

namespace SpotifySync.Companion.Downloads;

/// <summary>
/// The Tracks pages the download workflow reads and the four properties it owns (Download Status, Downloaded, File
/// Path, SoundCloud URL), through the core's Notion client.
/// </summary>
public sealed class TrackPages(NotionConnection notion, TrackPropertyNames names)
{
    private const int PageSize = 100;

    private string? _dataSourceId;

    private string DataSourceId => _dataSourceId ??= notion.TracksDataSourceId();

    /// <summary>
    /// Tracks to download: not Downloaded, with Download Status empty, Pending, or Downloading (left so by a run that
    /// was stopped: only one run at a time holds the lock, so no other is downloading it).
    /// </summary>
    public List<PendingTrack> Pending() => Query(new NotionFilter
    {
        And =
        [
            new NotionFilter { Property = names.Downloaded, Checkbox = new NotionCheckboxCondition { EqualTo = false } },
            new NotionFilter
            {
                Or =
                [
                    new NotionFilter { Property = names.DownloadStatus, Select = new NotionSelectCondition { IsEmpty = true } },
                    new NotionFilter { Property = names.DownloadStatus, Select = new NotionSelectCondition { EqualTo = DownloadStatuses.Pending } },
                    new NotionFilter { Property = names.DownloadStatus, Select = new NotionSelectCondition { EqualTo = DownloadStatuses.Downloading } },
                ],
            },
        ],
    });

    public List<PendingTrack> WithStatus(string status) =>
        Query(new NotionFilter { Property = names.DownloadStatus, Select = new NotionSelectCondition { EqualTo = status } });

    /// <summary>Writes the download's result: the status, the Downloaded box, and the file and source when known.</summary>
    public void Write(string pageId, string status, string? filePath, string? soundCloudUrl)
    {
        var properties = new Dictionary<string, NotionPropertyValue>
        {
            [names.DownloadStatus] = NotionValues.Select(status),
            [names.Downloaded] = NotionValues.Checkbox(status == DownloadStatuses.Downloaded),
            [names.FilePath] = NotionValues.RichText(filePath ?? ""),
        };
        if (soundCloudUrl is not null) properties[names.SoundCloudUrl] = NotionValues.Url(soundCloudUrl);
        notion.Client.UpdatePage(pageId, new NotionUpdatePageRequest { Properties = properties });
    }

    private List<PendingTrack> Query(NotionFilter filter)
    {
        var tracks = new List<PendingTrack>();
        string? cursor = null;
        do
        {
            var page = notion.Client.QueryDataSource(DataSourceId, filter, null, cursor, PageSize);
            foreach (var result in page.Results ?? []) tracks.Add(Read(result));
            cursor = page.HasMore == true ? page.NextCursor : null;
        }
        while (cursor is not null);
        return tracks;
    }

    private PendingTrack Read(NotionPage page)
    {
        var properties = page.Properties ?? [];
        NotionPropertyValue? Value(string name) => properties.TryGetValue(name, out var value) ? value : null;
        return new PendingTrack(
            page.Id ?? "",
            NotionText.PlainText(Value(names.Name)?.Title),
            NotionText.PlainText(Value(names.Artist)?.RichText),
            Value(names.Duration)?.Number,
            Value(names.SoundCloudUrl)?.Url is { Length: > 0 } url ? url : null,
            Value(names.DownloadStatus)?.Select?.Name,
            Value(names.Downloaded)?.Checkbox ?? false,
            NotionText.PlainText(Value(names.FilePath)?.RichText));
    }
}

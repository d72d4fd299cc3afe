using System;
using System.Collections.Generic;
using System.Linq;
using SpotifySync.Gas.Tests.Support;

namespace SpotifySync.Gas.Tests.Chaos;

/// <summary>
/// A person working in the Music Tracks database between runs: setting a Download Status, retitling a track,
/// adding an option of their own to its Playlists. Remembers each edit so that it can tell which the sync overwrote.
/// </summary>
internal sealed class PersonEdits
{
    private static readonly string[] Statuses = ["Pending", "Downloading", "Downloaded", "Not Found", "Failed"];

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _options = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>Edits one property of a random page, if there is a page.</summary>
    public void EditOne(SyncWorld world, Random random, int step)
    {
        var workspace = world.Cloud.Notion.Workspace;
        var pages = workspace.Pages(world.Tracks.DataSourceId);
        if (pages.Count == 0) return;
        var page = pages[random.Next(pages.Count)];
        Count++;
        switch (random.Next(3))
        {
            case 0:
                var status = Statuses[random.Next(Statuses.Length)];
                workspace.EditAsPerson(page.Id, "Download Status", status);
                _statuses[page.Id] = status;
                break;
            case 1:
                var name = $"{page.Text("Name")} (my edit {step})";
                workspace.EditAsPerson(page.Id, "Name", name);
                _names[page.Id] = name;
                break;
            default:
                var option = $"My list {step}";
                workspace.EditAsPerson(page.Id, "Playlists", page.MultiSelect("Playlists").Append(option).ToArray());
                (_options.TryGetValue(page.Id, out var options) ? options : _options[page.Id] = new HashSet<string>(StringComparer.Ordinal)).Add(option);
                break;
        }
    }

    /// <summary>Each edit the pages no longer show, described with the page's Spotify ID.</summary>
    public IReadOnlyList<string> Overwritten(SyncWorld world)
    {
        var workspace = world.Cloud.Notion.Workspace;
        var lost = new List<string>();
        foreach (var (id, name) in _names)
        {
            var page = workspace.Page(id);
            if (page.Text("Name") != name) lost.Add($"track {page.Text("Spotify ID")}: Name '{name}' became '{page.Text("Name")}'");
        }
        foreach (var (id, status) in _statuses)
        {
            var page = workspace.Page(id);
            if (page.Select("Download Status") != status) lost.Add($"track {page.Text("Spotify ID")}: Download Status '{status}' became '{page.Select("Download Status")}'");
        }
        foreach (var (id, options) in _options)
        {
            var page = workspace.Page(id);
            var missing = options.Where(option => !page.MultiSelect("Playlists").Contains(option)).ToList();
            if (missing.Count > 0) lost.Add($"track {page.Text("Spotify ID")}: Playlists lost '{string.Join("', '", missing)}'");
        }
        return lost;
    }
}

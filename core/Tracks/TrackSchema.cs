using System;
using System.Collections.Generic;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;

namespace SpotifySync.Core.Tracks;

/// <summary>
/// The Tracks data source's properties: their names (defaults, or a person's own), their Notion types, and the
/// configuration of each to add the ones a data source lacks. Existing properties are never renamed or removed.
/// </summary>
public static class TrackSchema
{
    /// <summary>
    /// The property names: the defaults, with <paramref name="overrides"/> mapping a default name to the one the
    /// person uses (<c>{"Artist": "Artists"}</c>).
    /// </summary>
    /// <exception cref="ArgumentException">An override names no Tracks property, or leaves a name empty.</exception>
    public static TrackPropertyNames Names(Dictionary<string, string>? overrides)
    {
        var names = new TrackPropertyNames();
        if (overrides is null) return names;
        foreach (var entry in overrides)
        {
            var name = entry.Value.Trim();
            if (name == "") throw new ArgumentException($"The Tracks property '{entry.Key}' is renamed to an empty name; give the name the property has in Notion.");
            switch (entry.Key)
            {
                case "Name": names.Name = name; break;
                case "Artist": names.Artist = name; break;
                case "Album": names.Album = name; break;
                case "Spotify ID": names.SpotifyId = name; break;
                case "Spotify URL": names.SpotifyUrl = name; break;
                case "ISRC": names.Isrc = name; break;
                case "Duration": names.Duration = name; break;
                case "Release Date": names.ReleaseDate = name; break;
                case "Added At": names.AddedAt = name; break;
                case "Source": names.Source = name; break;
                case "Playlists": names.Playlists = name; break;
                case "Last Played": names.LastPlayed = name; break;
                case "Play Count": names.PlayCount = name; break;
                case "In Library": names.InLibrary = name; break;
                case "Download Status": names.DownloadStatus = name; break;
                case "Downloaded": names.Downloaded = name; break;
                case "File Path": names.FilePath = name; break;
                case "SoundCloud URL": names.SoundCloudUrl = name; break;
                default:
                    throw new ArgumentException($"'{entry.Key}' is not a Tracks property; the properties are {string.Join(", ", DefaultNames())}.");
            }
        }
        return names;
    }

    /// <summary>Every property with the configuration that creates it, in docs/architecture.md's order.</summary>
    public static Dictionary<string, NotionPropertySchema> Definitions(TrackPropertyNames names) => new Dictionary<string, NotionPropertySchema>
    {
        [names.Name] = new NotionPropertySchema { Title = new NotionEmptyConfiguration() },
        [names.Artist] = new NotionPropertySchema { RichText = new NotionEmptyConfiguration() },
        [names.Album] = new NotionPropertySchema { RichText = new NotionEmptyConfiguration() },
        [names.SpotifyId] = new NotionPropertySchema { RichText = new NotionEmptyConfiguration() },
        [names.SpotifyUrl] = new NotionPropertySchema { Url = new NotionEmptyConfiguration() },
        [names.Isrc] = new NotionPropertySchema { RichText = new NotionEmptyConfiguration() },
        [names.Duration] = new NotionPropertySchema { Number = new NotionNumberConfiguration { Format = "number" } },
        [names.ReleaseDate] = new NotionPropertySchema { Date = new NotionEmptyConfiguration() },
        [names.AddedAt] = new NotionPropertySchema { Date = new NotionEmptyConfiguration() },
        [names.Source] = new NotionPropertySchema { Select = Options(("Saved", "green"), ("Recently Played", "blue"), ("Playlist", "purple")) },
        [names.Playlists] = new NotionPropertySchema { MultiSelect = new NotionOptionsConfiguration { Options = new List<NotionSelectOption>() } },
        [names.LastPlayed] = new NotionPropertySchema { Date = new NotionEmptyConfiguration() },
        [names.PlayCount] = new NotionPropertySchema { Number = new NotionNumberConfiguration { Format = "number" } },
        [names.InLibrary] = new NotionPropertySchema { Checkbox = new NotionEmptyConfiguration() },
        [names.DownloadStatus] = new NotionPropertySchema
        {
            Select = Options((DownloadStatuses.Pending, "gray"), (DownloadStatuses.Downloading, "blue"), (DownloadStatuses.Downloaded, "green"),
                (DownloadStatuses.NotFound, "orange"), (DownloadStatuses.Failed, "red")),
        },
        [names.Downloaded] = new NotionPropertySchema { Checkbox = new NotionEmptyConfiguration() },
        [names.FilePath] = new NotionPropertySchema { RichText = new NotionEmptyConfiguration() },
        [names.SoundCloudUrl] = new NotionPropertySchema { Url = new NotionEmptyConfiguration() },
    };

    /// <summary>The Notion type of every property, such as <c>rich_text</c>, keyed by name.</summary>
    public static Dictionary<string, string> Types(TrackPropertyNames names)
    {
        var types = new Dictionary<string, string>();
        foreach (var definition in Definitions(names)) types[definition.Key] = TypeOf(definition.Value);
        return types;
    }

    /// <summary>
    /// Prepares the Tracks data source, as <c>initializeSpotifySync</c> and the companion's full run both do: adds the
    /// properties it lacks in one request and returns their names. A property of the wrong type changes nothing and
    /// throws <see cref="NotionSetupException"/>, naming each with its fix.
    /// </summary>
    public static List<string> Prepare(NotionClient notion, string dataSourceId, TrackPropertyNames names)
    {
        var dataSource = notion.RetrieveDataSource(dataSourceId);
        var mismatches = Mismatches(names, dataSource);
        if (mismatches.Count > 0) throw new NotionSetupException($"The Tracks data source has properties of the wrong type. {string.Join(" ", mismatches)}");
        var missing = Missing(names, dataSource);
        if (missing.Properties.Count > 0) notion.UpdateDataSource(dataSourceId, missing);
        return new List<string>(missing.Properties.Keys);
    }

    /// <summary>
    /// The properties the data source lacks, keyed by name with the configuration that adds them: the body of one
    /// <c>PATCH /v1/data_sources/{id}</c>. The title property is never among them: every data source has one, under
    /// whatever name, and only its name could differ.
    /// </summary>
    public static NotionUpdateDataSourceRequest Missing(TrackPropertyNames names, NotionDataSource dataSource)
    {
        var existing = dataSource.Properties ?? new Dictionary<string, NotionPropertySchema>();
        var missing = new NotionUpdateDataSourceRequest();
        foreach (var definition in Definitions(names))
        {
            if (definition.Value.Title is null && !existing.ContainsKey(definition.Key)) missing.Properties[definition.Key] = definition.Value;
        }
        return missing;
    }

    /// <summary>
    /// One sentence per property the data source has under a Tracks name but with another type, or per title
    /// property not named as configured; empty when the schema fits.
    /// </summary>
    public static List<string> Mismatches(TrackPropertyNames names, NotionDataSource dataSource)
    {
        var problems = new List<string>();
        var existing = dataSource.Properties ?? new Dictionary<string, NotionPropertySchema>();
        foreach (var expected in Types(names))
        {
            if (existing.TryGetValue(expected.Key, out var property))
            {
                if (property.Type != expected.Value) problems.Add($"The property '{expected.Key}' is {property.Type} but the sync writes {expected.Value}: change its type in Notion, or map the Tracks property to another name.");
            }
            else if (expected.Value == "title")
            {
                problems.Add($"The data source has no title property named '{expected.Key}': rename its title property in Notion, or map Name to the title property's name.");
            }
        }
        return problems;
    }

    /// <summary>The names of the properties the sync writes; it never writes the others.</summary>
    public static List<string> SyncOwned(TrackPropertyNames names) => new List<string>
    {
        names.Name, names.Artist, names.Album, names.SpotifyId, names.SpotifyUrl, names.Isrc, names.Duration, names.ReleaseDate,
        names.AddedAt, names.Source, names.Playlists, names.LastPlayed, names.PlayCount, names.InLibrary,
    };

    private static List<string> DefaultNames() => new List<string>(Definitions(new TrackPropertyNames()).Keys);

    private static NotionOptionsConfiguration Options(params (string Name, string Color)[] options)
    {
        var list = new List<NotionSelectOption>();
        foreach (var (name, color) in options) list.Add(new NotionSelectOption { Name = name, Color = color });
        return new NotionOptionsConfiguration { Options = list };
    }

    private static string TypeOf(NotionPropertySchema definition)
    {
        if (definition.Title is not null) return "title";
        if (definition.RichText is not null) return "rich_text";
        if (definition.Number is not null) return "number";
        if (definition.Url is not null) return "url";
        if (definition.Date is not null) return "date";
        if (definition.Checkbox is not null) return "checkbox";
        if (definition.Select is not null) return "select";
        return "multi_select";
    }
}

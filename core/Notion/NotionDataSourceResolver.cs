using System.Collections.Generic;
using SpotifySync.Core.Ports;
using SpotifySync.Core.State;

namespace SpotifySync.Core.Notion;

/// <summary>
/// Finds the data source the sync writes to from <c>TRACKS_DB_ID</c> (or the configuration's from <c>CONFIG_DB_ID</c>),
/// which may name a database (the id in its URL) or a data source. The answer is kept in the store under
/// <see cref="StateKeys.NotionTracksDataSource"/> (or the key given) with the id it was resolved from, so it costs
/// calls only when the setting changes.
/// </summary>
public sealed class NotionDataSourceResolver
{
    public const string Setting = "TRACKS_DB_ID";

    private readonly NotionClient _client;
    private readonly IKeyValueStore _store;
    private readonly string _setting;
    private readonly string _stateKey;

    /// <param name="setting">The script property the id comes from, named in errors.</param>
    /// <param name="stateKey">Where the resolved id is kept.</param>
    public NotionDataSourceResolver(NotionClient client, IKeyValueStore store, string setting = Setting, string stateKey = StateKeys.NotionTracksDataSource)
    {
        _client = client;
        _store = store;
        _setting = setting;
        _stateKey = stateKey;
    }

    /// <summary>
    /// The data source id of <paramref name="tracksDbId"/>: a database's only data source, or the id itself when it
    /// names a data source. A database with several data sources, or an id the integration cannot see, throws an
    /// error that says how to fix the setting.
    /// </summary>
    public string ResolveDataSourceId(string tracksDbId)
    {
        var id = NotionIds.Normalize(tracksDbId, _setting);
        var cached = _store.Get(_stateKey);
        if (cached is not null && cached.StartsWith(id + "|")) return cached.Substring(id.Length + 1);
        var dataSourceId = Resolve(id);
        _store.Set(_stateKey, $"{id}|{dataSourceId}");
        return dataSourceId;
    }

    private string Resolve(string id)
    {
        try
        {
            return OnlyDataSource(_client.RetrieveDatabase(id).DataSources, id);
        }
        catch (NotionApiException databaseError) when (databaseError.Status == 404 || databaseError.Status == 400)
        {
            try
            {
                return _client.RetrieveDataSource(id).Id ?? id;
            }
            catch (NotionApiException dataSourceError) when (dataSourceError.Status == 404 || dataSourceError.Status == 400)
            {
                throw new NotionApiException(dataSourceError.Status, dataSourceError.Code,
                    $"{_setting} {id} is neither a database nor a data source the integration can see", null, null);
            }
        }
    }

    private string OnlyDataSource(List<Model.NotionDataSourceReference>? dataSources, string databaseId)
    {
        var sources = dataSources ?? new List<Model.NotionDataSourceReference>();
        if (sources.Count == 1 && sources[0].Id is { } only) return only;
        if (sources.Count == 0)
        {
            throw new NotionSetupException($"The database {databaseId} of {_setting} has no data source: point {_setting} at a database with one data source, or at the data source itself.");
        }
        var names = new List<string>();
        foreach (var source in sources) names.Add($"{source.Name} ({source.Id})");
        throw new NotionSetupException($"The database {databaseId} of {_setting} has {sources.Count} data sources: {string.Join(", ", names)}. Set {_setting} to the id of the one to sync (database ••• → Manage data sources → Copy data source ID).");
    }
}

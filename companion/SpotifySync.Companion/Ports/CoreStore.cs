using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.State;
using SpotifySync.Core.Ports;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync;

namespace SpotifySync.Companion.Ports;

/// <summary>
/// The sync core's key-value store, Apps Script's script properties, for the companion. The settings a person enters
/// as script properties come from the companion's configuration and are read-only here; the core's own state (the
/// <see cref="StateKeys"/>: Spotify tokens, the full sync's cursor, the resolved data source) lives in
/// <c>core-store.json</c> next to the state file, a <see cref="JsonStateFile{T}"/> replaced atomically under a guard at
/// each change, so <c>kill -9</c> leaves the last saved cursor and the next run resumes from it.
/// </summary>
public sealed class CoreStore : IKeyValueStore
{
    /// <summary>
    /// What a damaged store costs. The Spotify refresh token Spotify rotated is in it and nowhere else: the companion
    /// falls back to SPOTIFY_REFRESH_TOKEN, which Spotify may have replaced since, and then only a new authorization helps.
    /// </summary>
    private const string Lost =
        "the Spotify tokens it kept are lost, so the next full run goes back to SPOTIFY_REFRESH_TOKEN; if Spotify has replaced that token since " +
        "(it may at a refresh), that run stops asking to re-authorize: put a new refresh token in SPOTIFY_REFRESH_TOKEN (companion/README.md, \"The full Spotify → Notion sync\"). " +
        "The full sync's place is lost too: its next run walks the liked songs from the start, creating no page twice.";

    private readonly JsonStateFile<Dictionary<string, string>> _file;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public CoreStore(string path, IReadOnlyDictionary<string, string> settings)
    {
        _file = new(path, StateStore.Json, "The sync core's store", Lost);
        _settings = settings;
    }

    /// <summary>The store of <paramref name="configuration"/>: its file, and its settings as the core's script properties.</summary>
    public static CoreStore For(CompanionConfiguration configuration) => new(configuration.CoreStoreFile, Settings(configuration));

    /// <summary>
    /// The configuration as the core reads its script properties, and the sync settings <c>initializeSpotifySync</c>
    /// would store: the longest time budget the core allows (a companion run goes on with another budget after it,
    /// so the budget only sets how often progress is saved), the companion's Notion pace and property names.
    /// CONFIG_DB_ID gives the core the script's row, which holds the library lease. COMPANION_URL stays unset: the
    /// companion runs its downloads itself after the sync.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Settings(CompanionConfiguration configuration)
    {
        var settings = new Dictionary<string, string>
        {
            [StateKeys.Settings] = JsonConvert.SerializeObject(new SyncSettings
            {
                TimeBudgetSeconds = SyncSettingsRules.MaxTimeBudgetSeconds,
                NotionRequestsPerSecond = configuration.NotionRequestsPerSecond,
                PropertyNames = configuration.TrackPropertyRenames.Count == 0 ? null : new Dictionary<string, string>(configuration.TrackPropertyRenames),
            }),
        };
        void Add(string name, string? value)
        {
            if (value is not null) settings[name] = value;
        }
        Add(SettingNames.NotionToken, configuration.NotionToken);
        Add(SettingNames.TracksDbId, configuration.TracksDbId);
        Add(SettingNames.ConfigDbId, configuration.ConfigDbId);
        Add(SettingNames.SpotifyClientId, configuration.SpotifyClientId);
        Add(SettingNames.SpotifyClientSecret, configuration.SpotifyClientSecret);
        Add(SettingNames.SpotifyRefreshToken, configuration.SpotifyRefreshToken);
        return settings;
    }

    public string? Get(string key) => _settings.TryGetValue(key, out var setting) ? setting : _file.Read().GetValueOrDefault(key);

    public void Set(string key, string value) => Change(key, values => values[key] = value);

    public void Delete(string key) => Change(key, values => values.Remove(key));

    private void Change(string key, Action<Dictionary<string, string>> change)
    {
        if (_settings.ContainsKey(key))
        {
            throw new InvalidOperationException($"{key} is a setting of the companion's configuration, which the sync core cannot change: set it in the config file or the environment.");
        }
        _file.Update(values =>
        {
            change(values);
            return true;
        });
    }
}

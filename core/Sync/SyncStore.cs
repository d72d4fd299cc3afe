using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using SpotifySync.Core.Ports;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync.State;
using SpotifySync.Core.Timing;

namespace SpotifySync.Core.Sync;

/// <summary>
/// The sync's persisted state under <see cref="StateKeys"/>, typed: each value is a small JSON document (a few hundred
/// bytes; Script Properties hold 9 KB a value). A value is written only when it changed, so an idle run writes nothing.
/// </summary>
public sealed class SyncStore
{
    private readonly IKeyValueStore _store;

    public SyncStore(IKeyValueStore store)
    {
        _store = store;
    }

    /// <summary>The stored settings, or the defaults when none are stored.</summary>
    public SyncSettings Settings() => Read(StateKeys.Settings, text => JsonConvert.DeserializeObject<SyncSettings>(text)) ?? new SyncSettings();

    public void SaveSettings(SyncSettings settings) => Write(StateKeys.Settings, JsonConvert.SerializeObject(settings));

    public SavedTracksWatermark? Watermark() => Read(StateKeys.SavedTracksWatermark, text => JsonConvert.DeserializeObject<SavedTracksWatermark>(text));

    public void SaveWatermark(SavedTracksWatermark watermark) => Write(StateKeys.SavedTracksWatermark, JsonConvert.SerializeObject(watermark));

    public FullSyncState? FullSync() => Read(StateKeys.FullSync, text => JsonConvert.DeserializeObject<FullSyncState>(text));

    public void SaveFullSync(FullSyncState state) => Write(StateKeys.FullSync, JsonConvert.SerializeObject(state));

    /// <summary>The Unix milliseconds of the newest counted play, or null before the first run.</summary>
    public long? RecentlyPlayedCursor()
    {
        var text = _store.Get(StateKeys.RecentlyPlayedCursor);
        if (text is null) return null;
        if (long.TryParse(text, out var milliseconds)) return milliseconds;
        throw Corrupt(StateKeys.RecentlyPlayedCursor, text);
    }

    public void SaveRecentlyPlayedCursor(long milliseconds) => Write(StateKeys.RecentlyPlayedCursor, $"{milliseconds}");

    public PlaylistCursor? Playlist(string playlistId) => Read(StateKeys.PlaylistPrefix + playlistId, text => JsonConvert.DeserializeObject<PlaylistCursor>(text));

    public void SavePlaylist(string playlistId, PlaylistCursor cursor) => Write(StateKeys.PlaylistPrefix + playlistId, JsonConvert.SerializeObject(cursor));

    public SpotifyBlock? SpotifyBlock() => Read(StateKeys.SpotifyBlockedUntil, text => JsonConvert.DeserializeObject<SpotifyBlock>(text));

    public void SaveSpotifyBlock(SpotifyBlock block) => Write(StateKeys.SpotifyBlockedUntil, JsonConvert.SerializeObject(block));

    public void ClearSpotifyBlock()
    {
        if (_store.Get(StateKeys.SpotifyBlockedUntil) is not null) _store.Delete(StateKeys.SpotifyBlockedUntil);
    }

    public DateTime? NotionBlockedUntil() => IsoTime.Parse(_store.Get(StateKeys.NotionBlockedUntil));

    public void SaveNotionBlockedUntil(DateTime until) => Write(StateKeys.NotionBlockedUntil, IsoTime.Format(until));

    public void ClearNotionBlock()
    {
        if (_store.Get(StateKeys.NotionBlockedUntil) is not null) _store.Delete(StateKeys.NotionBlockedUntil);
    }

    /// <summary>When each kind of alert was last sent, ISO 8601 UTC by kind.</summary>
    public Dictionary<string, string> AlertsSent() => Read(StateKeys.AlertsSent, text => JsonConvert.DeserializeObject<Dictionary<string, string>>(text)) ?? new Dictionary<string, string>();

    public void SaveAlertsSent(Dictionary<string, string> sent) => Write(StateKeys.AlertsSent, JsonConvert.SerializeObject(sent));

    public RunHealth Health() => Read(StateKeys.RunHealth, text => JsonConvert.DeserializeObject<RunHealth>(text)) ?? new RunHealth();

    public void SaveHealth(RunHealth health) => Write(StateKeys.RunHealth, JsonConvert.SerializeObject(health));

    private T? Read<T>(string key, Func<string, T?> parse) where T : class
    {
        var text = _store.Get(key);
        if (text is null) return null;
        try
        {
            return parse(text);
        }
        catch (Exception)
        {
            throw Corrupt(key, text);
        }
    }

    private void Write(string key, string value)
    {
        if (_store.Get(key) != value) _store.Set(key, value);
    }

    private static InvalidOperationException Corrupt(string key, string text) =>
        new InvalidOperationException($"The script property {key} holds '{(text.Length <= 80 ? text : text.Substring(0, 80) + "...")}', which the sync cannot read: delete the property to reset that part of the sync's state.");
}

using System;
using System.Collections.Generic;
using SpotifySync.Core.Ports;

namespace SpotifySync.Core.Sync;

/// <summary>Reads <see cref="SyncConfiguration"/> from the store; a missing required property is an error that says where to find its value.</summary>
public static class SyncConfigurationReader
{
    /// <exception cref="ArgumentException">Required properties are missing; the message names each one and its fix.</exception>
    public static SyncConfiguration Read(IKeyValueStore store)
    {
        var problems = new List<string>();
        var configuration = new SyncConfiguration
        {
            SpotifyClientId = Required(store, SettingNames.SpotifyClientId, "the Client ID of your app on developer.spotify.com/dashboard", problems),
            SpotifyClientSecret = Required(store, SettingNames.SpotifyClientSecret, "the Client secret of your app on developer.spotify.com/dashboard", problems),
            NotionToken = Required(store, SettingNames.NotionToken, "the Internal Integration Secret of your integration on notion.so/profile/integrations", problems),
            TracksDbId = Required(store, SettingNames.TracksDbId, "the link or ID of the Music Tracks database (Share → Copy link)", problems),
            ConfigDbId = Optional(store, SettingNames.ConfigDbId),
            CompanionUrl = Optional(store, SettingNames.CompanionUrl),
            WebhookSecret = Optional(store, SettingNames.WebhookSecret),
            AlertEmail = Optional(store, SettingNames.AlertEmail),
        };
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems));
        return configuration;
    }

    private static string Required(IKeyValueStore store, string name, string whatToEnter, List<string> problems)
    {
        var value = Optional(store, name);
        if (value is not null) return value;
        problems.Add($"The script property {name} is not set: enter {whatToEnter} under Project Settings → Script Properties.");
        return "";
    }

    private static string? Optional(IKeyValueStore store, string name)
    {
        var value = store.Get(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}

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

    /// <summary>
    /// One sentence per optional property that is set but cannot work, naming it and its fix; empty when all can.
    /// A run only logs these (the tracks still sync); <c>initializeSpotifySync</c> refuses them.
    /// </summary>
    public static List<string> OptionalProblems(SyncConfiguration configuration)
    {
        var problems = new List<string>();
        if (configuration.CompanionUrl is { } url)
        {
            if (!(url.StartsWith("https://") || url.StartsWith("http://")) || url.IndexOf(' ') >= 0)
            {
                problems.Add($"The script property {SettingNames.CompanionUrl} '{url}' is not a web address: enter the companion's public URL, such as https://music.example.net (its /gas/webhook route is added).");
            }
            if (configuration.WebhookSecret is null)
            {
                problems.Add($"The script property {SettingNames.CompanionUrl} is set but {SettingNames.WebhookSecret} is not: enter the same secret as the companion's WEBHOOK_SECRET, since notifications are signed.");
            }
        }
        if (configuration.AlertEmail is { } email)
        {
            var at = email.IndexOf('@');
            if (at <= 0 || at != email.LastIndexOf('@') || email.IndexOf('.', at) < 0 || email.IndexOf(' ') >= 0)
            {
                problems.Add($"The script property {SettingNames.AlertEmail} '{email}' is not an email address: enter the one address alerts go to.");
            }
        }
        if (configuration.ConfigDbId is { } configDbId)
        {
            try
            {
                Notion.NotionIds.Normalize(configDbId, SettingNames.ConfigDbId);
            }
            catch (ArgumentException error)
            {
                problems.Add(error.Message);
            }
        }
        return problems;
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

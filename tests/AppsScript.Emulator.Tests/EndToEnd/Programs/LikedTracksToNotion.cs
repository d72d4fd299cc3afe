using System.Collections.Generic;
using AppsScript.Interop;
using AppsScript.Interop.Services;
using Newtonsoft.Json;

namespace EndToEnd;

/// <summary>
/// A small Apps Script program in C#: it refreshes a Spotify access token, reads the newest liked tracks and
/// writes each into a Notion data source, all through UrlFetchApp, with its settings in Script Properties.
/// </summary>
[GlobalFunctions]
public static class Program
{
    public static int CopyNewestLikes(int count)
    {
        var properties = PropertiesService.GetScriptProperties();
        var accessToken = RefreshSpotifyToken(properties);
        var likes = JsonConvert.DeserializeObject<SavedTracksPage>(GetText($"https://api.spotify.com/v1/me/tracks?limit={count}", $"Bearer {accessToken}"))!;
        var notionHeaders = new Dictionary<string, string>
        {
            ["Authorization"] = $"Bearer {properties.GetProperty("NOTION_TOKEN")}",
            ["Notion-Version"] = "2025-09-03",
        };
        var created = 0;
        var items = likes.Items ?? new List<SavedTrack>();
        foreach (var like in items)
        {
            var page = new NewPage
            {
                Parent = new Parent { DataSourceId = properties.GetProperty("TRACKS_DB_ID") ?? "" },
                Properties = new TrackProperties
                {
                    Name = new TitleProperty { Title = new List<RichText> { new RichText { Text = new TextContent { Content = like.Track?.Name ?? "" } } } },
                },
            };
            var response = UrlFetchApp.Fetch("https://api.notion.com/v1/pages", new UrlFetchRequestOptions
            {
                Method = HttpMethod.Post,
                ContentType = "application/json",
                Headers = notionHeaders,
                Payload = JsonConvert.SerializeObject(page),
            });
            if (response.GetResponseCode() == 200) created++;
        }
        Logger.Log($"Copied {created} of {items.Count} liked tracks to Notion.");
        return created;
    }

    private static string RefreshSpotifyToken(Properties properties)
    {
        var credentials = Utilities.Base64Encode($"{properties.GetProperty("SPOTIFY_CLIENT_ID")}:{properties.GetProperty("SPOTIFY_CLIENT_SECRET")}");
        var response = UrlFetchApp.Fetch("https://accounts.spotify.com/api/token", new UrlFetchRequestOptions
        {
            Method = HttpMethod.Post,
            Headers = new Dictionary<string, string> { ["Authorization"] = $"Basic {credentials}" },
            Payload = new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = properties.GetProperty("SPOTIFY_REFRESH_TOKEN") ?? "",
            },
        });
        var token = JsonConvert.DeserializeObject<TokenResponse>(response.GetContentText())!;
        if (token.RefreshToken != null) properties.SetProperty("SPOTIFY_REFRESH_TOKEN", token.RefreshToken);
        return token.AccessToken ?? "";
    }

    private static string GetText(string url, string authorization) =>
        UrlFetchApp.Fetch(url, new UrlFetchRequestOptions { Headers = new Dictionary<string, string> { ["Authorization"] = authorization } }).GetContentText();
}

public sealed class TokenResponse
{
    [JsonProperty("access_token")]
    public string? AccessToken { get; set; }

    [JsonProperty("refresh_token")]
    public string? RefreshToken { get; set; }
}

public sealed class SavedTracksPage
{
    [JsonProperty("items")]
    public List<SavedTrack>? Items { get; set; }
}

public sealed class SavedTrack
{
    [JsonProperty("track")]
    public Track? Track { get; set; }
}

public sealed class Track
{
    [JsonProperty("name")]
    public string? Name { get; set; }
}

public sealed class NewPage
{
    [JsonProperty("parent")]
    public Parent Parent { get; set; } = new();

    [JsonProperty("properties")]
    public TrackProperties Properties { get; set; } = new();
}

public sealed class Parent
{
    [JsonProperty("data_source_id")]
    public string DataSourceId { get; set; } = "";
}

public sealed class TrackProperties
{
    public TitleProperty Name { get; set; } = new();
}

public sealed class TitleProperty
{
    [JsonProperty("title")]
    public List<RichText> Title { get; set; } = new();
}

public sealed class RichText
{
    [JsonProperty("text")]
    public TextContent Text { get; set; } = new();
}

public sealed class TextContent
{
    [JsonProperty("content")]
    public string Content { get; set; } = "";
}

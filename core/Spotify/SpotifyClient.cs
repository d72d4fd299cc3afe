using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using SpotifySync.Core.Http;
using SpotifySync.Core.Ports;
using SpotifySync.Core.Spotify.Model;
using SpotifySync.Core.Timing;

namespace SpotifySync.Core.Spotify;

/// <summary>
/// The Spotify Web API endpoints the sync reads, one method each. Every call carries a valid access token; a 401
/// refreshes the token once and retries once. A 429 and a 5xx are retried by the clients' one policy
/// (<see cref="RequestRetries"/>; every call here is a read); a 429 it cannot wait out becomes a
/// <see cref="SpotifyBlockedException"/> carrying the time calls may resume. No error is ever read as an empty page.
/// </summary>
public sealed class SpotifyClient
{
    public const string BaseUrl = "https://api.spotify.com/v1";

    /// <summary>Used when a 429 comes without Retry-After (Spotify documents that it sends one).</summary>
    private const int DefaultRetryAfterSeconds = 5;

    private readonly IHttp _http;
    private readonly SpotifyAuth _auth;
    private readonly IClock _clock;
    private readonly RunBudget _budget;

    public SpotifyClient(IHttp http, SpotifyAuth auth, IClock clock, RunBudget budget)
    {
        _http = http;
        _auth = auth;
        _clock = clock;
        _budget = budget;
    }

    /// <summary><c>GET /me</c>: who authorized the app; the connection test.</summary>
    public SpotifyUser GetCurrentUser() => JsonConvert.DeserializeObject<SpotifyUser>(Get("/me"))!;

    /// <summary><c>GET /me/tracks</c>: liked songs, newest first; <paramref name="limit"/> 1 to 50.</summary>
    public SpotifyPage<SpotifySavedTrack> GetSavedTracks(int limit, int offset) =>
        JsonConvert.DeserializeObject<SpotifyPage<SpotifySavedTrack>>(Get(SavedTracksPath(limit, offset)))!;

    /// <summary>
    /// Several pages of <c>GET /me/tracks</c> at once, in the order of <paramref name="offsets"/>, through one
    /// <see cref="IHttp.FetchAll"/> (Apps Script's only parallelism). A page whose answer is not a success is asked
    /// again on its own, with the 401, 429 and 5xx handling of every call.
    /// </summary>
    public List<SpotifyPage<SpotifySavedTrack>> GetSavedTracksPages(int limit, List<int> offsets)
    {
        var token = _auth.AccessToken();
        var requests = new List<HttpRequest>();
        foreach (var offset in offsets) requests.Add(Request(SavedTracksPath(limit, offset), token));
        var results = _http.FetchAll(requests.ToArray());
        var pages = new List<SpotifyPage<SpotifySavedTrack>>();
        for (var i = 0; i < offsets.Count; i++)
        {
            var result = results[i];
            var body = result.Status >= 200 && result.Status < 300 && !string.IsNullOrWhiteSpace(result.Body) ? result.Body : Get(SavedTracksPath(limit, offsets[i]));
            pages.Add(JsonConvert.DeserializeObject<SpotifyPage<SpotifySavedTrack>>(body)!);
        }
        return pages;
    }

    /// <summary>
    /// <c>GET /me/player/recently-played</c>: up to <paramref name="limit"/> (at most 50) plays, newest first, made
    /// after the Unix time in milliseconds <paramref name="afterMs"/> (exclusive), or the latest plays when it is null.
    /// </summary>
    public SpotifyPlayHistoryPage GetRecentlyPlayed(long? afterMs, int limit) =>
        JsonConvert.DeserializeObject<SpotifyPlayHistoryPage>(Get(afterMs is null ? $"/me/player/recently-played?limit={limit}" : $"/me/player/recently-played?limit={limit}&after={afterMs}"))!;

    /// <summary><c>GET /playlists/{id}</c>: name, owner and <c>snapshot_id</c> (a changed playlist has a new one).</summary>
    public SpotifyPlaylist GetPlaylist(string playlistId) => JsonConvert.DeserializeObject<SpotifyPlaylist>(Get($"/playlists/{Uri.EscapeDataString(playlistId)}"))!;

    /// <summary>
    /// <c>GET /playlists/{id}/items</c> (the 2026 name of <c>/tracks</c>), episodes included so that they can be told
    /// apart; <paramref name="limit"/> 1 to 50. Spotify answers 403 for a playlist the user neither owns nor collaborates on.
    /// </summary>
    public SpotifyPage<SpotifyPlaylistItem> GetPlaylistItems(string playlistId, int limit, int offset) =>
        JsonConvert.DeserializeObject<SpotifyPage<SpotifyPlaylistItem>>(Get($"/playlists/{Uri.EscapeDataString(playlistId)}/items?limit={limit}&offset={offset}&additional_types=track,episode"))!;

    private static string SavedTracksPath(int limit, int offset) => $"/me/tracks?limit={limit}&offset={offset}";

    private static HttpRequest Request(string path, string accessToken) => new HttpRequest
    {
        Url = BaseUrl + path,
        Method = HttpMethods.Get,
        Headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {accessToken}" },
    };

    /// <summary>
    /// The body of a successful GET, after the 401, 429 and 5xx handling of the class summary; a success without a
    /// body is an error too, so that the callers always have JSON to read.
    /// </summary>
    private string Get(string path)
    {
        var refreshed = false;
        var retries = new RequestRetries(_budget);
        while (true)
        {
            var result = _http.Fetch(Request(path, _auth.AccessToken()));
            if (result.Status >= 200 && result.Status < 300)
            {
                if (string.IsNullOrWhiteSpace(result.Body)) throw new SpotifyApiException(result.Status, $"GET {path} answered without a body", null, null);
                return result.Body;
            }
            if (result.Status == 401 && !refreshed)
            {
                refreshed = true;
                _auth.RefreshAccessToken();
                continue;
            }
            if (result.Status == 429)
            {
                var seconds = RetryAfter.Seconds(result) ?? DefaultRetryAfterSeconds;
                if (retries.AfterRateLimit(seconds) is { } wait)
                {
                    _clock.Sleep(wait);
                    continue;
                }
                var detail = SpotifyErrors.Detail(result.Body);
                throw new SpotifyBlockedException(detail?.Message ?? "Too many requests", detail?.Reason, seconds, _clock.UtcNow().AddSeconds(seconds));
            }
            if (result.Status >= 500 && retries.AfterServerError() is { } backoff)
            {
                _clock.Sleep(backoff);
                continue;
            }
            throw SpotifyErrors.FromResult(result);
        }
    }
}

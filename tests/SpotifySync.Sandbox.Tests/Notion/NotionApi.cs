using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Hosting;
using SpotifySync.Sandbox.Notion;

namespace SpotifySync.Sandbox.Tests.Notion;

/// <summary>A Notion simulator served in-process through the real ASP.NET Core pipeline, on a clock the test moves.</summary>
internal sealed class NotionApi : IAsyncDisposable
{
    public const string Token = "secret_sync";
    public const string OtherToken = "secret_other";
    public const string Version = "2025-09-03";
    public static readonly DateTimeOffset Start = new(2026, 10, 2, 18, 21, 30, TimeSpan.Zero);

    /// <summary>The music schema of the fixtures (<c>data-source-retrieve.music.synthesized.json</c>), its relation pointing at an Albums data source.</summary>
    public static string MusicSchema(string albumsDataSourceId) => $$$"""
        {
          "Name": {"title": {}},
          "Spotify ID": {"rich_text": {}},
          "Artist": {"rich_text": {}},
          "Spotify URL": {"url": {}},
          "Added at": {"date": {}},
          "Popularity": {"number": {"format": "number"}},
          "Liked": {"checkbox": {}},
          "Album type": {"select": {"options": [{"name": "album", "color": "blue"}, {"name": "single", "color": "green"}]}},
          "Genres": {"multi_select": {"options": [{"name": "indie pop", "color": "pink"}, {"name": "dream pop", "color": "purple"}, {"name": "shoegaze", "color": "gray"}]}},
          "Album": {"relation": {"data_source_id": "{{{albumsDataSourceId}}}", "type": "single_property", "single_property": {} } }
        }
        """;

    private NotionApi(ManualClock clock, NotionSimulator simulator, SimulatorHost host)
    {
        Clock = clock;
        Simulator = simulator;
        Host = host;
        Client = new HttpClient(host.CreateHandler()) { BaseAddress = host.BaseAddress };
    }

    public ManualClock Clock { get; }

    public NotionSimulator Simulator { get; }

    public SimulatorHost Host { get; }

    public HttpClient Client { get; }

    public NotionWorkspace Workspace => Simulator.Workspace;

    /// <summary>Set by <see cref="CreateMusicDatabase"/>.</summary>
    public string? AlbumsDataSourceId { get; private set; }

    public static async Task<NotionApi> StartAsync(int requestsPerMinute = NotionSimulatorOptions.DefaultRequestsPerMinute, bool loopback = false)
    {
        var clock = new ManualClock(Start);
        var simulator = new NotionSimulator(new NotionSimulatorOptions
        {
            IntegrationTokens = [Token, OtherToken],
            Time = clock.AsSandboxTime(),
            Random = new SandboxRandom(42),
            RequestsPerMinute = requestsPerMinute,
        });
        var host = loopback ? await SimulatorHost.StartLoopbackAsync(simulator) : await SimulatorHost.StartInProcessAsync(simulator);
        return new NotionApi(clock, simulator, host);
    }

    /// <summary>The fixtures' music library: a Tracks database with the music schema, and the Albums database it relates to.</summary>
    public NotionDatabaseIds CreateMusicDatabase()
    {
        var albums = Workspace.CreateDatabase("Albums", """{"Name": {"title": {}}}""");
        AlbumsDataSourceId = albums.DataSourceId;
        return Workspace.CreateDatabase("Tracks", MusicSchema(albums.DataSourceId));
    }

    public Task<NotionReply> Get(string path, string? version = Version, string? token = Token) => Send(HttpMethod.Get, path, null, version, token);

    public Task<NotionReply> Post(string path, string? json, string? version = Version, string? token = Token) => Send(HttpMethod.Post, path, json, version, token);

    public Task<NotionReply> Patch(string path, string? json, string? version = Version, string? token = Token) => Send(HttpMethod.Patch, path, json, version, token);

    public async Task<NotionReply> Send(HttpMethod method, string path, string? json, string? version = Version, string? token = Token)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (version is not null) request.Headers.Add("Notion-Version", version);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new NotionReply((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response.Headers);
    }

    /// <summary>Creates a track page through the API and returns its id.</summary>
    public async Task<string> CreateTrack(string dataSourceId, string name, string spotifyId, string extraProperties = "")
    {
        var reply = await Post("/v1/pages", $$$"""
            {"parent": {"data_source_id": "{{{dataSourceId}}}"},
             "properties": {
               "Name": {"title": [{"text": {"content": "{{{name}}}"}}]},
               "Spotify ID": {"rich_text": [{"text": {"content": "{{{spotifyId}}}"}}]}{{{extraProperties}}}
             }}
            """);
        reply.AssertStatus(200);
        return (string)reply.Json["id"]!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}

internal sealed record NotionReply(int Status, JsonNode? Body, HttpResponseHeaders Headers)
{
    public JsonObject Json => Body!.AsObject();

    public string? Code => (string?)Body?["code"];

    public string? Message => (string?)Body?["message"];

    public void AssertStatus(int status) =>
        Xunit.Assert.True(Status == status, $"Expected {status}, was {Status}: {Body?.ToJsonString()}");

    /// <summary>Asserts a Notion error with this status, code and message.</summary>
    public void AssertError(int status, string code, string message)
    {
        AssertStatus(status);
        Xunit.Assert.Equal("error", (string?)Json["object"]);
        Xunit.Assert.Equal(status, (int?)Json["status"]);
        Xunit.Assert.Equal(code, Code);
        Xunit.Assert.Equal(message, Message);
    }

    public IReadOnlyList<string> ResultIds()
    {
        var ids = new List<string>();
        foreach (var page in Json["results"]!.AsArray()) ids.Add((string)page!["id"]!);
        return ids;
    }
}

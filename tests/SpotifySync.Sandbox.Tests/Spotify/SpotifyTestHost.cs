using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Hosting;
using SpotifySync.Sandbox.Spotify;
using SpotifySync.Sandbox.Spotify.Library;

namespace SpotifySync.Sandbox.Tests.Spotify;

/// <summary>A Spotify simulator served in-process on a manual clock, with a client that uses the real addresses.</summary>
public sealed class SpotifyTestHost : IAsyncDisposable
{
    public const string ClientId = "5f3c1f0b2a7d4e6f8a9b0c1d2e3f4a5b";
    public const string ClientSecret = "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b";
    public const string RedirectUri = "https://script.google.com/macros/d/SCRIPT_ID/usercallback";
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    private SpotifyTestHost(SpotifySimulator simulator, SimulatorHost host, ManualClock clock)
    {
        Simulator = simulator;
        Host = host;
        Clock = clock;
        Client = new HttpClient(host.CreateHandler()) { BaseAddress = host.BaseAddress };
    }

    public SpotifySimulator Simulator { get; }
    public SimulatorHost Host { get; }
    public ManualClock Clock { get; }
    public HttpClient Client { get; }
    public SpotifyLibrary Library => Simulator.Library;

    public static SpotifySimulatorOptions DefaultOptions => new()
    {
        ClientId = ClientId,
        ClientSecret = ClientSecret,
        RedirectUris = [RedirectUri, "http://127.0.0.1/callback"],
    };

    public static async Task<SpotifyTestHost> StartAsync(SpotifySimulatorOptions? options = null, LibrarySpec? spec = null, int seed = 7, bool loopback = false)
    {
        var clock = new ManualClock(Start);
        var simulator = new SpotifySimulator(options ?? DefaultOptions, clock.AsSandboxTime(), new SandboxRandom(seed), spec ?? new LibrarySpec());
        var host = loopback ? await SimulatorHost.StartLoopbackAsync(simulator) : await SimulatorHost.StartInProcessAsync(simulator);
        return new SpotifyTestHost(simulator, host, clock);
    }

    /// <summary>GET with a Bearer token (a fresh one with the recommended scopes when none is given).</summary>
    public Task<HttpResponseMessage> GetAsync(string url, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Absolute(url));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Simulator.Tokens.IssueAccessToken());
        return Client.SendAsync(request);
    }

    public async Task<JsonObject> GetJsonAsync(string url, string? token = null)
    {
        using var response = await GetAsync(url, token);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{(int)response.StatusCode} from {url}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>POSTs a form to the accounts service's token endpoint, the client authenticated by Basic auth unless <paramref name="basic"/> is false.</summary>
    public Task<HttpResponseMessage> PostTokenAsync(IEnumerable<KeyValuePair<string, string>> form, bool basic = true, string secret = ClientSecret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://accounts.spotify.com/api/token") { Content = new FormUrlEncodedContent(form) };
        if (basic)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{ClientId}:{secret}")));
        }
        return Client.SendAsync(request);
    }

    /// <summary>In-process the real host names are used; on loopback every request goes to the one port.</summary>
    public Uri Absolute(string url)
    {
        var uri = new Uri(url, UriKind.RelativeOrAbsolute);
        if (!uri.IsAbsoluteUri) return new Uri(Host.IsInProcess ? new Uri("https://api.spotify.com/") : Host.BaseAddress, url);
        return Host.IsInProcess ? uri : new Uri(Host.BaseAddress, uri.PathAndQuery);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}

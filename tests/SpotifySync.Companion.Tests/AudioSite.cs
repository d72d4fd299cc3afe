using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// A site on 127.0.0.1 that serves tracks as SoundCloud does, for the real yt-dlp: a track's page
/// (<c>/tracks/ID</c>) describes it in schema.org JSON-LD (an AudioObject with its title, author and duration, and the
/// audio's address), which yt-dlp's generic extractor reads (since 2022.10.04) as it reads SoundCloud's API: the same
/// id, title, uploader and duration, and an archive line <c>generic ID</c>. The audio is a 3-second tone made by
/// ffmpeg, in Ogg Opus, so that a download converts it. A track can also be served otherwise (<see cref="Serving"/>):
/// not audio, stalled, or held halfway until the test lets it go on; a page nobody added is a 404, and <c>/plain</c> is a web page with no audio on it.
/// </summary>
public sealed class AudioSite : IAsyncLifetime
{
    public enum Serving
    {
        /// <summary>The page, and the tone.</summary>
        Audio,

        /// <summary>The page, and a text file as the audio: yt-dlp downloads it, and ffmpeg then finds no audio in it.</summary>
        NotAudio,

        /// <summary>Nothing: the page's request is answered never, the connection left open.</summary>
        StalledPage,

        /// <summary>The page, and half of the tone, then nothing, the connection left open.</summary>
        StalledAudio,

        /// <summary>The page, and half of the tone, then the rest once the test lets it go on (<see cref="Release"/>).</summary>
        HeldAudio,
    }

    private sealed record Track(string Id, string Title, string Uploader, double Seconds, Serving Serving);

    private readonly ConcurrentDictionary<string, Track> _tracks = new();
    private readonly ConcurrentDictionary<string, int> _audioRequests = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _stalls = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _releases = new();
    private string? _folder;
    private byte[] _tone = [];
    private WebApplication? _app;
    private Uri? _address;

    /// <summary>The site's address; the tests that run the real programs fail here, saying what is missing, where the programs are missing.</summary>
    public Uri Address => _address ?? throw new InvalidOperationException(RealPrograms.Failure);

    /// <summary>Adds a track and returns its page's address, the URL a person puts in SoundCloud URL.</summary>
    public string Add(string id, string title, string uploader, double seconds = 3, Serving serving = Serving.Audio)
    {
        _tracks[id] = new Track(id, title, uploader, seconds, serving);
        return PageOf(id);
    }

    /// <summary>The page address of a track, added or not (one not added is a 404).</summary>
    public string PageOf(string id) => new Uri(Address, $"tracks/{id}").ToString();

    /// <summary>A web page with no audio on it.</summary>
    public string PlainPage => new Uri(Address, "plain").ToString();

    /// <summary>How many times the track's audio was asked for: each is a download.</summary>
    public int AudioRequests(string id) => _audioRequests.GetValueOrDefault(id);

    /// <summary>Completes once a stalled track's page, or its audio's first half, has been asked for, and stalls.</summary>
    public Task Stalled(string id) => StallOf(id).Task;

    /// <summary>Lets a held track's audio go on: its second half is sent.</summary>
    public void Release(string id) => ReleaseOf(id).TrySetResult();

    public async Task InitializeAsync()
    {
        // Where the real programs are missing there is nothing to serve: the tests are skipped, or fail at Address.
        if (RealPrograms.Missing is not null) return;
        _folder = Directory.CreateTempSubdirectory("spotify-sync-audio-site-").FullName;
        var tone = Path.Combine(_folder, "tone.ogg");
        RealPrograms.Run("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=3", "-c:a", "libopus", tone);
        _tone = await File.ReadAllBytesAsync(tone);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapMethods("/tracks/{id}", ["GET", "HEAD"], PageAsync);
        _app.MapGet("/audio/{id}", AudioAsync);
        _app.MapGet("/plain", () => Results.Content("<!DOCTYPE html><html><head><title>Nothing to hear</title></head><body>Words only.</body></html>", "text/html"));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        _address = new Uri(address + "/");
    }

    private async Task PageAsync(HttpContext context, string id)
    {
        if (!_tracks.TryGetValue(id, out var track))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (track.Serving == Serving.StalledPage)
        {
            await StallAsync(context, id);
            return;
        }
        var page = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "AudioObject",
            ["name"] = track.Title,
            ["author"] = new Dictionary<string, object> { ["@type"] = "Person", ["name"] = track.Uploader },
            ["duration"] = $"PT{track.Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}S",
            ["contentUrl"] = new Uri(Address, $"audio/{id}").ToString(),
            ["encodingFormat"] = "audio/ogg",
        });
        context.Response.ContentType = "text/html; charset=utf-8";
        // The JSON is written with < and > escaped, so a title cannot end the script element.
        if (HttpMethods.IsGet(context.Request.Method))
            await context.Response.WriteAsync($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>track {id}</title><script type=\"application/ld+json\">{page}</script></head><body></body></html>");
    }

    private async Task AudioAsync(HttpContext context, string id)
    {
        _audioRequests.AddOrUpdate(id, 1, (_, count) => count + 1);
        var track = _tracks[id];
        context.Response.ContentType = "audio/ogg";
        var body = track.Serving == Serving.NotAudio ? "This is a text file, not a song."u8.ToArray() : _tone;
        context.Response.ContentLength = body.Length;
        if (track.Serving is not (Serving.StalledAudio or Serving.HeldAudio))
        {
            await context.Response.Body.WriteAsync(body);
            return;
        }
        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
        await context.Response.Body.FlushAsync();
        if (track.Serving == Serving.StalledAudio)
        {
            await StallAsync(context, id);
            return;
        }
        StallOf(id).TrySetResult();
        // Until the test lets it go on, or yt-dlp, killed, drops the connection.
        var released = await Task.WhenAny(ReleaseOf(id).Task, Task.Delay(Timeout.Infinite, context.RequestAborted)) == ReleaseOf(id).Task;
        if (released) await context.Response.Body.WriteAsync(body.AsMemory(body.Length / 2), context.RequestAborted);
    }

    /// <summary>Says the track stalls, and holds the request until yt-dlp, killed, drops the connection, or the site stops.</summary>
    private async Task StallAsync(HttpContext context, string id)
    {
        StallOf(id).TrySetResult();
        await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private TaskCompletionSource StallOf(string id) => _stalls.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private TaskCompletionSource ReleaseOf(string id) => _releases.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_folder is not null) Directory.Delete(_folder, recursive: true);
    }
}

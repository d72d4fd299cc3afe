using System;
using System.Collections.Generic;
using System.Net.Http;
using AppsScript.Emulator.Quotas;
using SpotifySync.Sandbox.Spotify;
using SpotifySync.Sandbox.Spotify.Library;

namespace SpotifySync.Simulation;

/// <summary>What world a <see cref="SimulatedCloud"/> starts: when, from which seed, with which Spotify library and credentials.</summary>
public sealed record SimulatedCloudOptions
{
    public DateTimeOffset Start { get; init; } = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Seeds the library, the faults, the emulator's ids; the same seed gives the same run.</summary>
    public int Seed { get; init; } = 1;

    public LibrarySpec Library { get; init; } = new();

    /// <summary>The emulated script's ID (57 characters, as Apps Script's); its <c>/usercallback</c> URL is the Spotify app's redirect URI.</summary>
    public string ScriptId { get; init; } = "1SimulatedSpotifySyncScriptIdForTheSandboxAndTheEmulator0";

    public string SpotifyClientId { get; init; } = "sandbox-client-id";

    public string SpotifyClientSecret { get; init; } = "sandbox-client-secret";

    public string NotionToken { get; init; } = "ntn_sandbox_integration_token";

    /// <summary>The Spotify app's rolling-window rate limit; the simulator's default when null.</summary>
    public RollingWindow? SpotifyRateLimit { get; init; }

    /// <summary>The Apps Script account's limits and daily quotas (a consumer account's by default); lower them to exhaust a quota in a test.</summary>
    public PlatformLimits Limits { get; init; } = PlatformLimits.Consumer;

    /// <summary>
    /// Further services the script's UrlFetchApp reaches, by host name, beside Spotify and Notion (e.g. a test's
    /// stand-in for the companion at <c>COMPANION_URL</c>); the caller keeps and disposes the handlers.
    /// </summary>
    public IReadOnlyDictionary<string, HttpMessageHandler> OtherHosts { get; init; } = new Dictionary<string, HttpMessageHandler>();

    /// <summary>Serve the simulators on 127.0.0.1 ports (real sockets) instead of in-process.</summary>
    public bool Loopback { get; init; }
}

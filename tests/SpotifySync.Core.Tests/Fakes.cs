using System;
using System.Collections.Generic;
using SpotifySync.Core.Ports;
using Xunit;

namespace SpotifySync.Core.Tests;

/// <summary>A key-value store in memory.</summary>
public sealed class MemoryStore : IKeyValueStore
{
    public Dictionary<string, string> Values { get; } = new();

    public string? Get(string key) => Values.TryGetValue(key, out var value) ? value : null;

    public void Set(string key, string value) => Values[key] = value;

    public void Delete(string key) => Values.Remove(key);
}

/// <summary>A clock that stands still unless slept on.</summary>
internal sealed class FixedClock : IClock
{
    public FixedClock(DateTime now)
    {
        Now = now;
    }

    public DateTime Now { get; private set; }

    public DateTime UtcNow() => Now;

    public void Sleep(int milliseconds) => Now = Now.AddMilliseconds(milliseconds);
}

/// <summary>HTTP for logic that must make no call: any request fails the test.</summary>
internal sealed class NoHttp : IHttp
{
    public HttpResult Fetch(HttpRequest request) => throw new Xunit.Sdk.XunitException($"Unexpected {request.Method} {request.Url}");

    public HttpResult[] FetchAll(HttpRequest[] requests) => throw new Xunit.Sdk.XunitException($"Unexpected fetchAll of {requests.Length} request(s)");
}

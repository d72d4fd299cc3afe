using System;
using System.Collections.Generic;
using SpotifySync.Core.Ports;

namespace SpotifySync.Core.Tests.Sandbox;

/// <summary>Apps Script ending an execution at once (the 6-minute kill): nothing after it happens.</summary>
public sealed class ExecutionKilled : Exception
{
    public ExecutionKilled(string where)
        : base($"killed {where}")
    {
    }
}

/// <summary>
/// When an execution dies: after a number of HTTP calls, before a given request, or at the write of a store key. Once it fired, every port
/// throws, so nothing the core does after the kill (a catch block's bookkeeping) reaches the outside world.
/// </summary>
public sealed class KillSwitch
{
    public int? AfterHttpCalls { get; set; }

    public string? AtStoreWriteOf { get; set; }

    /// <summary>Dies before the first request whose method and URL ("patch https://...", as the core spells them) contain this.</summary>
    public string? BeforeRequestTo { get; set; }

    public int HttpCalls { get; private set; }

    public bool Fired { get; private set; }

    public void BeforeHttp(string what)
    {
        if (Fired) throw new ExecutionKilled($"after the kill, at {what}");
        if (AfterHttpCalls is { } limit && HttpCalls >= limit) Fire($"before HTTP call {HttpCalls + 1} ({what})");
        if (BeforeRequestTo is { } target && what.Contains(target, StringComparison.Ordinal)) Fire($"before {what}");
        HttpCalls++;
    }

    public void BeforeStoreWrite(string key)
    {
        if (Fired) throw new ExecutionKilled($"after the kill, at the write of {key}");
        if (AtStoreWriteOf == key) Fire($"at the write of {key}");
    }

    private void Fire(string where)
    {
        Fired = true;
        throw new ExecutionKilled(where);
    }
}

/// <summary>The HTTP port of one execution, counting calls and obeying the kill switch; requests to the companion are answered here.</summary>
public sealed class KillableHttp : IHttp
{
    private readonly IHttp _inner;
    private readonly KillSwitch _kill;
    private readonly Func<HttpRequest, HttpResult?> _intercept;

    public KillableHttp(IHttp inner, KillSwitch kill, Func<HttpRequest, HttpResult?> intercept)
    {
        _inner = inner;
        _kill = kill;
        _intercept = intercept;
    }

    public HttpResult Fetch(HttpRequest request)
    {
        _kill.BeforeHttp($"{request.Method} {request.Url}");
        return _intercept(request) ?? _inner.Fetch(request);
    }

    public HttpResult[] FetchAll(HttpRequest[] requests)
    {
        foreach (var request in requests) _kill.BeforeHttp($"{request.Method} {request.Url}");
        return _inner.FetchAll(requests);
    }
}

/// <summary>The store of one execution over the persistent one, obeying the kill switch.</summary>
public sealed class KillableStore : IKeyValueStore
{
    private readonly IKeyValueStore _inner;
    private readonly KillSwitch _kill;

    public KillableStore(IKeyValueStore inner, KillSwitch kill)
    {
        _inner = inner;
        _kill = kill;
    }

    public string? Get(string key) => _inner.Get(key);

    public void Set(string key, string value)
    {
        _kill.BeforeStoreWrite(key);
        _inner.Set(key, value);
    }

    public void Delete(string key)
    {
        _kill.BeforeStoreWrite(key);
        _inner.Delete(key);
    }
}

/// <summary>The script lock: one holder at a time.</summary>
public sealed class MemoryLock : ILock
{
    public bool Held { get; set; }

    public bool TryLock(int milliseconds)
    {
        if (Held) return false;
        Held = true;
        return true;
    }

    public void Release() => Held = false;
}

/// <summary>Mail that is kept, not sent.</summary>
public sealed class RecordingMail : IMail
{
    public List<(string To, string Subject, string Body)> Sent { get; } = new();

    public void Send(string to, string subject, string body) => Sent.Add((to, subject, body));
}

/// <summary>A log kept in memory.</summary>
public sealed class ListLog : ILog
{
    public List<string> Lines { get; } = new();

    public void Info(string message) => Lines.Add(message);
}

/// <summary>Progress lines kept in memory.</summary>
public sealed class ListProgress : IProgress
{
    public List<(string Operation, string Line)> Lines { get; } = new();

    public void Report(string operation, string line) => Lines.Add((operation, line));
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace SpotifySync.Companion.Tests;

/// <summary>A Serilog sink that keeps the rendered lines, for tests of what the server logs.</summary>
internal sealed class CollectingSink : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToList();

    public ILogger Logger() => new LoggerConfiguration().WriteTo.Sink(this).CreateLogger();

    public void Emit(LogEvent logEvent) => _lines.Enqueue($"[{logEvent.Level}] {logEvent.RenderMessage()}");
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace AppsScript.Emulator.Runtime;

/// <summary>The lines one execution logs, stamped with the environment's clock; each is handed to <paramref name="written"/> as it is added.</summary>
internal sealed class ExecutionLog(TimeProvider clock, Action<LogEntry> written)
{
    private readonly List<LogEntry> _entries = new();
    private int _loggerStart;

    public IReadOnlyList<LogEntry> Entries => _entries;

    public void Add(LogLevel level, string message)
    {
        var entry = new LogEntry(clock.GetUtcNow(), level, message);
        _entries.Add(entry);
        written(entry);
    }

    /// <summary><c>Logger.getLog()</c>: the Logger lines since the last <c>Logger.clear()</c>, one per line.</summary>
    public string LoggerText() =>
        string.Concat(_entries.Skip(_loggerStart).Where(entry => entry.Level == LogLevel.Logger).Select(entry => entry.Message + "\n"));

    public void ClearLogger() => _loggerStart = _entries.Count;
}

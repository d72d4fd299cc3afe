using System;
using System.Collections.Generic;
using System.IO;
using Serilog.Core;
using Serilog.Events;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Logging;

/// <summary>
/// Narrows the files of one log to 0600 (<see cref="PrivateFiles"/>) as soon as the file sink has made them. The sink
/// runs shared, which two processes writing one log need, and Serilog takes no file lifecycle hooks for a shared sink:
/// it makes its files (the first one, then one at every roll) with the process's umask, and nothing runs between its
/// making a file and writing an event there. So after each event, the log's files not seen before are narrowed, one
/// listing of the small logs folder; that folder is made 0700, so no one else can open a file in the meantime.
/// </summary>
public sealed class PrivateLogFiles(ILogEventSink inner, string path) : ILogEventSink, IDisposable
{
    private readonly string _folder = Path.GetDirectoryName(Path.GetFullPath(path))!;

    /// <summary>The names the sink gives the log's files: <c>sync.log</c>, then <c>sync_001.log</c>, <c>sync_002.log</c>, ….</summary>
    private readonly string _pattern = Path.GetFileNameWithoutExtension(path) + "*" + Path.GetExtension(path);

    private readonly HashSet<string> _narrowed = [];

    public void Emit(LogEvent logEvent)
    {
        inner.Emit(logEvent);
        if (OperatingSystem.IsWindows()) return;
        // Sinks are called from any thread (the server's requests), and the set is not safe for that.
        lock (_narrowed)
        {
            foreach (var file in Directory.EnumerateFiles(_folder, _pattern))
            {
                if (!_narrowed.Add(file)) continue;
                try
                {
                    PrivateFiles.Narrow(file);
                }
                catch (FileNotFoundException)
                {
                    // Removed in the meantime, by this sink's or another process's retention of the last files.
                }
            }
        }
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();
}

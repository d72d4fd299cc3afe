using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using AppsScript.Compiler.Projects;

namespace AppsScript.Compiler.Cli.Watch;

/// <summary>
/// Watches the folders a project's sources are in (the project's folder and, for sources outside it such as gas-src's
/// ../core, theirs) and collects the changes to C# files and project files into batches: a batch ends once no change
/// came for <see cref="Quiet"/>, since an editor's save is several events (write, rename, attribute change).
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);
    private static readonly string[] ProjectExtensions = { ".csproj", ".props", ".targets" };

    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly string _outputFolder;
    private readonly object _gate = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly SortedSet<string> _changed = new(StringComparer.Ordinal);
    private bool _structural;
    private long _firstChange;

    public SourceWatcher(ProjectInputs inputs, string outputFolder)
    {
        _outputFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder)) + Path.DirectorySeparatorChar;
        foreach (var folder in Roots(inputs))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, e) => Record(e.FullPath, structural: IsProjectFile(e.FullPath));
            watcher.Created += (_, e) => Record(e.FullPath, structural: true);
            watcher.Deleted += (_, e) => Record(e.FullPath, structural: true);
            watcher.Renamed += (_, e) =>
            {
                Record(e.OldFullPath, structural: true);
                Record(e.FullPath, structural: true);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public IReadOnlyList<string> Folders => _watchers.Select(w => w.Path).ToList();

    /// <summary>
    /// Waits for the next batch: the files that changed and whether the project must be read again (a file added,
    /// removed or renamed, or a project file changed) and when the first of them came (a <see cref="Stopwatch"/>
    /// timestamp); null when <paramref name="stop"/> ended the wait.
    /// </summary>
    public (IReadOnlyList<string> Files, bool Structural, long FirstChange)? Next(CancellationToken stop)
    {
        try
        {
            _signal.Wait(stop);
            while (_signal.Wait(Quiet, stop))
            {
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        lock (_gate)
        {
            var batch = ((IReadOnlyList<string>)_changed.ToList(), _structural, _firstChange);
            _changed.Clear();
            _structural = false;
            return batch;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }

    private void Record(string path, bool structural)
    {
        var relevant = (Path.GetExtension(path) == ".cs" || IsProjectFile(path)) && !IsBuildOutput(path);
        if (!relevant) return;
        lock (_gate)
        {
            if (_changed.Count == 0) _firstChange = Stopwatch.GetTimestamp();
            _changed.Add(path);
            _structural |= structural;
        }
        _signal.Release();
    }

    private bool IsBuildOutput(string path)
    {
        var separator = Path.DirectorySeparatorChar;
        return path.StartsWith(_outputFolder, StringComparison.Ordinal)
            || path.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
            || path.Contains($"{separator}bin{separator}", StringComparison.Ordinal);
    }

    private static bool IsProjectFile(string path) => ProjectExtensions.Contains(Path.GetExtension(path));

    /// <summary>The project's folder and the folders of sources outside it, leaving out those inside another one.</summary>
    private static IEnumerable<string> Roots(ProjectInputs inputs)
    {
        var folders = inputs.Sources.Select(s => Path.GetDirectoryName(Path.GetFullPath(s))!)
            .Append(inputs.ProjectDirectory)
            .Select(f => Path.TrimEndingDirectorySeparator(f) + Path.DirectorySeparatorChar)
            .Where(Directory.Exists)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var roots = new List<string>();
        foreach (var folder in folders)
        {
            if (!roots.Any(r => folder.StartsWith(r, StringComparison.Ordinal))) roots.Add(folder);
        }
        return roots;
    }
}

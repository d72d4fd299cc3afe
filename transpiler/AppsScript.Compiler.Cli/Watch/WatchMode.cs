using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using AppsScript.Compiler.Projects;

namespace AppsScript.Compiler.Cli.Watch;

/// <summary>
/// `gas-compile &lt;project&gt; --out dist --watch [--push]`: compiles, then compiles again each time a source is saved,
/// in this one process, which stays warm. Errors are printed at their file and line and leave the output folder as it
/// was; the watch goes on until Ctrl+C. Adding, removing or renaming a source, or editing the project file, reads the
/// project again (MSBuild's evaluation, a few seconds); an edit only compiles.
/// </summary>
internal static class WatchMode
{
    public static int Run(CompileRequest request, bool push, TextWriter output, TextWriter error)
    {
        var projectDirectory = Path.GetDirectoryName(request.Project!)!;
        var clasp = push ? ClaspPush.Find(request.ClaspJson, projectDirectory) : null;
        if (push && clasp is null)
        {
            error.WriteLine($"gas-compile: {ClaspPush.Missing}");
            return ExitCodes.Usage;
        }
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler cancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += cancel;
        try
        {
            var cache = new CompilationInputCache();
            var inputs = Load(request, error);
            if (inputs is null) return ExitCodes.Usage;
            while (!stop.IsCancellationRequested)
            {
                using var watcher = new SourceWatcher(inputs, request.Output);
                output.WriteLine($"gas-compile: watching {inputs.Sources.Count} source(s) of {Path.GetFileName(request.Project)} in {string.Join(", ", watcher.Folders)}; Ctrl+C to stop.");
                CompileAndPush(request, inputs, cache, clasp, Stopwatch.GetTimestamp(), output);
                var reload = false;
                while (!reload)
                {
                    var batch = watcher.Next(stop.Token);
                    if (batch is null) break;
                    var (files, structural, firstChange) = batch.Value;
                    output.WriteLine($"gas-compile: {Describe(files, projectDirectory)} changed.");
                    if (structural && Load(request, output) is { } reloaded)
                    {
                        inputs = reloaded;
                        reload = true;
                        continue;
                    }
                    CompileAndPush(request, inputs, cache, clasp, firstChange, output);
                }
            }
            output.WriteLine("gas-compile: watch stopped.");
            return ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= cancel;
        }
    }

    private static ProjectInputs? Load(CompileRequest request, TextWriter error)
    {
        try
        {
            return ProjectLoader.Load(request.Project!);
        }
        catch (Exception exception) when (exception is ProjectLoadException or IOException)
        {
            error.WriteLine($"gas-compile: {exception.Message}");
            return null;
        }
    }

    private static void CompileAndPush(CompileRequest request, ProjectInputs inputs, CompilationInputCache cache, ClaspPush? clasp, long since, TextWriter output)
    {
        int exitCode;
        int changed;
        try
        {
            exitCode = request.Compile(inputs, output, cache, out changed);
        }
        catch (IOException exception)
        {
            // An editor may still be writing or replacing the file: its next event compiles again.
            output.WriteLine($"gas-compile: could not read the sources ({exception.Message}); waiting for the next change.");
            return;
        }
        output.WriteLine(exitCode == ExitCodes.Success
            ? $"gas-compile: done {Stopwatch.GetElapsedTime(since).TotalMilliseconds:F0} ms after the change; watching."
            : $"gas-compile: fix the errors above and save; {request.Output} was left as it was.");
        if (exitCode == ExitCodes.Success && clasp is not null && changed > 0) clasp.Run(output);
    }

    private static string Describe(System.Collections.Generic.IReadOnlyList<string> files, string projectDirectory)
    {
        var names = files.Select(f => Path.GetRelativePath(projectDirectory, f)).ToList();
        return names.Count <= 3 ? string.Join(", ", names) : $"{string.Join(", ", names.Take(3))} and {names.Count - 3} more";
    }
}

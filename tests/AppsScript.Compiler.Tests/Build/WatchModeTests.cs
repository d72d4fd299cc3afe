using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Build;

/// <summary>
/// `gas-compile &lt;project&gt; --out dist --watch --push` as a person runs it, a child process: it compiles on start and
/// on every save, prints errors at their location and leaves dist/ as it was, compiles again once they are fixed, runs
/// clasp push after each compilation that changed dist/, and ends cleanly on Ctrl+C (SIGINT).
/// </summary>
[Collection(ChildDotnetCollection.Name)]
public sealed class WatchModeTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);
    private readonly TemporaryProjects _projects;

    public WatchModeTests(TemporaryProjects projects)
    {
        _projects = projects;
    }

    [Fact]
    public void Watch_recompiles_on_save_reports_errors_without_touching_dist_and_pushes_each_compilation()
    {
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("This test ends the watch with SIGINT and fakes clasp with a shell script.");
        var project = _projects.Write("Watched", TemporaryProjects.ValidSources, withBuildIntegration: false);
        var folder = Path.GetDirectoryName(project)!;
        var dist = Path.Combine(folder, "dist");
        // A clasp that says what it was asked: watch mode runs the one `npm ci` installs beside the project.
        var clasp = Path.Combine(folder, "node_modules", ".bin", "clasp");
        Directory.CreateDirectory(Path.GetDirectoryName(clasp)!);
        File.WriteAllText(clasp, "#!/bin/sh\necho \"clasp $* in $(pwd)\"\n");
        File.SetUnixFileMode(clasp, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using var watch = new WatchProcess(project, dist);

        watch.WaitFor("ms after the change; watching.");
        watch.WaitFor($"clasp push --force in {folder}");
        var code = File.ReadAllText(Path.Combine(dist, "Code.js"));
        var zeta = Path.Combine(folder, "Zeta.cs");
        File.WriteAllText(zeta, File.ReadAllText(zeta).Replace("\"Hello, \"", "\"Hi, \""));
        watch.WaitFor("Zeta.cs changed.");
        watch.WaitFor("ms after the change; watching.");
        Assert.Contains("return \"Hi, \" + (this.name ?? \"\");", File.ReadAllText(Path.Combine(dist, "Zeta.js")));
        watch.WaitFor($"clasp push --force in {folder}");

        var source = Path.Combine(folder, "Code.cs");
        var valid = File.ReadAllText(source);
        File.WriteAllText(source, TemporaryProjects.LockViolation);
        watch.WaitFor($"{source}(9,9): error GAS1006:");
        watch.WaitFor($"fix the errors above and save; {dist} was left as it was.");
        Assert.Equal(code, File.ReadAllText(Path.Combine(dist, "Code.js")));

        File.WriteAllText(source, valid.Replace("return greeting;", "return greeting + \"?\";"));
        watch.WaitFor("ms after the change; watching.");
        Assert.Contains("return greeting + \"?\";", File.ReadAllText(Path.Combine(dist, "Code.js")));
        watch.WaitFor($"clasp push --force in {folder}");

        var (exitCode, output) = watch.Interrupt();
        Assert.True(exitCode == 0, output);
        Assert.Contains("gas-compile: watch stopped.", output);
        Assert.Equal(3, output.Split('\n').Count(l => l.StartsWith("clasp push --force", StringComparison.Ordinal)));
    }

    [Fact]
    public void Push_without_a_clasp_json_says_how_to_make_one()
    {
        var project = _projects.Write("WatchedWithoutClasp", TemporaryProjects.ValidSources, withBuildIntegration: false);
        File.Delete(Path.Combine(Path.GetDirectoryName(project)!, ".clasp.json"));

        var run = TemporaryProjects.Dotnet(_projects.Root, TemporaryProjects.CompilerAssembly, project, "--out", Path.Combine(_projects.Root, "unused"), "--watch", "--push");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--push needs the project's .clasp.json", run.Output);
        Assert.Contains("npx clasp create --type standalone --rootDir dist", run.Output);
    }

    /// <summary>The watch as a child process whose output lines the test waits for, one after another.</summary>
    private sealed class WatchProcess : IDisposable
    {
        private readonly Process _process;
        private readonly BlockingCollection<string> _lines = new();
        private readonly StringBuilder _seen = new();

        public WatchProcess(string project, string dist)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = Path.GetDirectoryName(project)!,
            };
            foreach (var argument in new[] { TemporaryProjects.CompilerAssembly, project, "--out", dist, "--watch", "--push" }) start.ArgumentList.Add(argument);
            foreach (var variable in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath" }) start.Environment.Remove(variable);
            InheritableInterrupt.Restore();
            _process = new Process { StartInfo = start };
            _process.OutputDataReceived += (_, e) => Add(e.Data);
            _process.ErrorDataReceived += (_, e) => Add(e.Data);
            _process.Start();
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        /// <summary>Waits for the next line that contains <paramref name="text"/>, skipping the lines before it.</summary>
        public void WaitFor(string text)
        {
            var clock = Stopwatch.StartNew();
            while (_lines.TryTake(out var line, Wait - clock.Elapsed > TimeSpan.Zero ? Wait - clock.Elapsed : TimeSpan.Zero))
            {
                if (line.Contains(text, StringComparison.Ordinal)) return;
            }
            throw new TimeoutException($"The watch did not print \"{text}\" within {Wait}:\n{Seen()}");
        }

        /// <summary>Ctrl+C: SIGINT, as a terminal sends it; returns the exit code and everything printed.</summary>
        public (int ExitCode, string Output) Interrupt()
        {
            Assert.Equal(0, kill(_process.Id, SIGINT));
            Assert.True(_process.WaitForExit(Wait), "The watch did not end on SIGINT:\n" + Seen());
            _process.WaitForExit();
            return (_process.ExitCode, Seen());
        }

        public void Dispose()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.Dispose();
        }

        private void Add(string? line)
        {
            if (line is null) return;
            lock (_seen) _seen.Append(line).Append('\n');
            _lines.Add(line);
        }

        private string Seen()
        {
            lock (_seen) return _seen.ToString();
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int kill(int pid, int signal);
    }

    private const int SIGINT = 2;

    /// <summary>
    /// A shell without job control starts a background command (`dotnet test … &amp;`) with SIGINT ignored, and an
    /// ignored signal stays ignored in every child, where .NET leaves it so and never raises CancelKeyPress: the watch
    /// would be right not to stop. Ctrl+C reaches a program from a terminal's foreground, so the watch is started
    /// with SIGINT at its default, as there.
    /// </summary>
    private static class InheritableInterrupt
    {
        private static readonly IntPtr Ignored = new(1);
        private static readonly IntPtr Default = IntPtr.Zero;

        public static void Restore()
        {
            // Only the first field of struct sigaction, the handler, is read; the buffer is larger than the struct.
            var current = Marshal.AllocHGlobal(1024);
            try
            {
                Assert.Equal(0, sigaction(SIGINT, IntPtr.Zero, current));
                if (Marshal.ReadIntPtr(current) == Ignored) signal(SIGINT, Default);
            }
            finally
            {
                Marshal.FreeHGlobal(current);
            }
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int sigaction(int signal, IntPtr action, IntPtr previous);

        [DllImport("libc", SetLastError = true)]
        private static extern IntPtr signal(int signal, IntPtr handler);
    }
}

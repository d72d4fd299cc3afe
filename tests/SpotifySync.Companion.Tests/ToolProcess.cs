using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// The built spotify-sync run as a child process, with exactly the sandbox's environment. Its standard input is a pipe
/// closed at once, as a cron job's is, so the tool never takes it for a person's terminal; <see cref="StartInTerminal"/>
/// gives it one.
/// </summary>
internal sealed class ToolProcess : IDisposable
{
    private const int SigInt = 2;

    private readonly Process _process;
    private readonly Channel<string> _outputLines = Channel.CreateUnbounded<string>();
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    /// <summary>
    /// A process started in the background by a non-interactive shell (a CI script's <c>&amp;</c>, nohup) has SIGINT
    /// ignored, and its children inherit that: the tool would never see <see cref="Interrupt"/>, as .NET keeps an
    /// ignored SIGINT ignored. So before the first child starts, an ignored SIGINT is set back to its default; a SIGINT
    /// the test host handles itself is left as it is.
    /// </summary>
    static ToolProcess()
    {
        var action = new byte[SigactionSize];
        if (Sigaction(SigInt, IntPtr.Zero, action) == 0 && BitConverter.ToInt64(action, 0) == SigIgn) Signal(SigInt, SigDfl);
    }

    private ToolProcess(Process process)
    {
        _process = process;
        _output = PumpOutputAsync(process.StandardOutput);
        _error = process.StandardError.ReadToEndAsync();
    }

    public int Pid => _process.Id;

    public static ToolProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var tool = new ToolProcess(Process.Start(StartInfo(Tool, arguments, environment))!);
        tool._process.StandardInput.Close();
        return tool;
    }

    /// <summary>
    /// Starts the tool in a pseudo-terminal (the stand-in terminal), as a person runs it: it may ask questions, which
    /// <see cref="TypeAsync"/> answers. Its standard output and error both come out of <see cref="ReadOutputLineAsync"/>.
    /// </summary>
    public static ToolProcess StartInTerminal(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        new(Process.Start(StartInfo(CompanionSandbox.StandIn("terminal"), [Tool, .. arguments], environment))!);

    /// <summary>Types a line into the terminal of <see cref="StartInTerminal"/>.</summary>
    public async Task TypeAsync(string line)
    {
        await _process.StandardInput.WriteAsync(line + "\n");
        await _process.StandardInput.FlushAsync();
    }

    private static string Tool => Path.Combine(AppContext.BaseDirectory, "spotify-sync");

    private static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Clear();
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.Environment["DOTNET_ROOT"] = DotnetRoot;
        return start;
    }

    /// <summary>Where the tool's launcher finds .NET: the installation these tests run on.</summary>
    public static string DotnetRoot => Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? Path.GetDirectoryName(Environment.ProcessPath)!;

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var tool = Start(environment, arguments);
        return await tool.WaitAsync();
    }

    public async Task<(int ExitCode, string Output, string Error)> WaitAsync()
    {
        await _process.WaitForExitAsync();
        return (_process.ExitCode, await _output, await _error);
    }

    /// <summary>
    /// The next line of standard output as the process writes it, without its line break; null once the process has
    /// closed its output (it exited). For a process that runs until stopped, such as <c>serve</c>.
    /// </summary>
    public async Task<string?> ReadOutputLineAsync() =>
        await _outputLines.Reader.WaitToReadAsync() && _outputLines.Reader.TryRead(out var line) ? line : null;

    /// <summary>SIGINT, as Ctrl+C in a terminal: the process may stop cleanly.</summary>
    public void Interrupt()
    {
        if (SendSignal(_process.Id, SigInt) != 0) throw new InvalidOperationException($"kill({_process.Id}, SIGINT) failed with errno {Marshal.GetLastPInvokeError()}.");
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: the process gets no chance to clean up.</summary>
    public void Kill() => _process.Kill(entireProcessTree: false);

    /// <summary>Keeps the whole output exactly as written for <see cref="WaitAsync"/>, and hands each complete line to <see cref="ReadOutputLineAsync"/> as it comes.</summary>
    private async Task<string> PumpOutputAsync(StreamReader output)
    {
        var all = new StringBuilder();
        var lineStart = 0;
        var buffer = new char[4096];
        int read;
        while ((read = await output.ReadAsync(buffer)) > 0)
        {
            all.Append(buffer, 0, read);
            for (var i = all.Length - read; i < all.Length; i++)
            {
                if (all[i] != '\n') continue;
                _outputLines.Writer.TryWrite(all.ToString(lineStart, i - lineStart).TrimEnd('\r'));
                lineStart = i + 1;
            }
        }
        if (lineStart < all.Length) _outputLines.Writer.TryWrite(all.ToString(lineStart, all.Length - lineStart));
        _outputLines.Writer.Complete();
        return all.ToString();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private const long SigDfl = 0;
    private const long SigIgn = 1;

    /// <summary>Linux's struct sigaction: the handler first, then the mask, flags and restorer, in fewer bytes than this.</summary>
    private const int SigactionSize = 256;

    [DllImport("libc", EntryPoint = "sigaction")]
    private static extern int Sigaction(int signal, IntPtr action, byte[] oldAction);

    [DllImport("libc", EntryPoint = "signal")]
    private static extern IntPtr Signal(int signal, long handler);

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}

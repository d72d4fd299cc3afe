using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace SpotifySync.Companion.Tests;

/// <summary>The built spotify-sync run as a child process, with exactly the sandbox's environment.</summary>
internal sealed class ToolProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private ToolProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    public int Pid => _process.Id;

    public static ToolProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "spotify-sync"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Clear();
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.Environment["DOTNET_ROOT"] = Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? Path.GetDirectoryName(Environment.ProcessPath);
        return new ToolProcess(Process.Start(start)!);
    }

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

    /// <summary>SIGKILL, as <c>kill -9</c>: the process gets no chance to clean up.</summary>
    public void Kill() => _process.Kill(entireProcessTree: false);

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}

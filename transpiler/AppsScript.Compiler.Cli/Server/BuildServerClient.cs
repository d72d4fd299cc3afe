using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace AppsScript.Compiler.Cli.Server;

/// <summary>
/// `gas-compile --server`: hands the compilation to the build server of this compiler, starting it when none answers,
/// and prints what it printed. The build never depends on the server: when it cannot be started or reached, or fails
/// during the request, this process compiles by itself, as it does without --server.
/// </summary>
internal static class BuildServerClient
{
    /// <summary>A cold server's start and first compilation on a loaded machine take well under this.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan ExitedGrace = TimeSpan.FromSeconds(5);

    public static int Compile(CompileRequest request, TextWriter output, TextWriter error)
    {
        var location = ServerLocation.OfThisCompiler();
        ServerResponse? response;
        string problem;
        try
        {
            response = Send(location, new ServerRequest(request)) ?? StartAndSend(location, new ServerRequest(request));
            problem = "it did not answer";
        }
        catch (Exception exception) when (exception is IOException or SocketException or UnauthorizedAccessException or System.ComponentModel.Win32Exception or TimeoutException)
        {
            response = null;
            problem = exception.Message;
        }
        if (response is null)
        {
            output.WriteLine($"gas-compile: the build server could not compile ({problem}); compiling in this process.");
            return request.Run(output, error);
        }
        output.Write(response.Output);
        error.Write(response.Error);
        output.WriteLine($"gas-compile: compiled by the build server (process {response.ServerProcessId}, compilation {response.Compilations} since it started).");
        return response.ExitCode;
    }

    /// <summary>Asks every build server in the server folder to end, and waits until each has; returns how many there were.</summary>
    public static int ShutdownAll(TextWriter output)
    {
        var folder = ServerLocation.DefaultFolder();
        var ended = 0;
        foreach (var socket in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.sock") : Array.Empty<string>())
        {
            var location = new ServerLocation(folder, Path.GetFileNameWithoutExtension(socket));
            ServerResponse? response;
            try
            {
                response = Send(location, new ServerRequest(null, Shutdown: true));
            }
            catch (IOException)
            {
                response = null;
            }
            if (response is null) continue;
            WaitForExit(response.ServerProcessId);
            output.WriteLine($"gas-compile: build server {response.ServerProcessId} ended after {response.Compilations} compilation(s).");
            ended++;
        }
        return ended;
    }

    /// <summary>The server's answer, or null when no server listens there.</summary>
    private static ServerResponse? Send(ServerLocation location, ServerRequest request)
    {
        if (!File.Exists(location.SocketPath)) return null;
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(location.SocketPath));
        }
        catch (SocketException)
        {
            return null;
        }
        using var stream = new NetworkStream(socket, ownsSocket: false);
        using var timeout = new CancellationTokenSource(RequestTimeout);
        return Task.Run(async () =>
        {
            await ServerMessages.WriteAsync(stream, request, timeout.Token);
            return await ServerMessages.ReadAsync<ServerResponse>(stream, timeout.Token)
                ?? throw new IOException("the server closed the connection during the compilation");
        }).GetAwaiter().GetResult();
    }

    private static ServerResponse? StartAndSend(ServerLocation location, ServerRequest request)
    {
        location.CreateFolder();
        using var server = Process.Start(ServerStart()) ?? throw new IOException("the server process did not start");
        // The server never writes to them; closed here, they keep nothing of this build (MSBuild's Exec waits for its
        // child's output to end) open while the server outlives it.
        server.StandardInput.Close();
        server.StandardOutput.Close();
        server.StandardError.Close();
        var clock = Stopwatch.StartNew();
        TimeSpan? exited = null;
        while (clock.Elapsed < StartTimeout)
        {
            if (Send(location, request) is { } response) return response;
            // A server that lost the race to another one started at the same time exits at once, and that one answers
            // soon; one that exited for any other reason will not.
            if (exited is null && server.HasExited) exited = clock.Elapsed;
            if (clock.Elapsed - exited > ExitedGrace) return null;
            Thread.Sleep(50);
        }
        throw new TimeoutException($"no answer within {StartTimeout.TotalSeconds} s of its start");
    }

    private static ProcessStartInfo ServerStart()
    {
        var host = Environment.ProcessPath ?? throw new IOException("this process's executable is unknown");
        var arguments = new List<string>();
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") arguments.Add(typeof(BuildServerClient).Assembly.Location);
        arguments.Add("--serve");
        // In a session of its own, a Ctrl+C that ends the build does not end the server with it.
        var setsid = OperatingSystem.IsLinux() ? new[] { "/usr/bin/setsid", "/bin/setsid" }.FirstOrDefault(File.Exists) : null;
        var start = new ProcessStartInfo(setsid ?? host)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (setsid is not null) start.ArgumentList.Add(host);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The build's MSBuild settings would steer the `dotnet msbuild` the server runs for a project given by path.
        foreach (var variable in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath" }) start.Environment.Remove(variable);
        return start;
    }

    private static void WaitForExit(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            process.WaitForExit(TimeSpan.FromSeconds(30));
        }
        catch (ArgumentException)
        {
        }
    }
}

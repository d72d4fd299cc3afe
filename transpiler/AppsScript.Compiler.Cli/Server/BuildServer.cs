using System;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using AppsScript.Compiler.Projects;

namespace AppsScript.Compiler.Cli.Server;

/// <summary>
/// The compiler kept loaded between builds (`gas-compile --serve`, started by the first build that asks for it): a
/// fresh process pays about 4.7 s for Roslyn's loading and JIT before it compiles; this one pays it once. It listens on
/// a Unix domain socket named after the compiler's assemblies and compiles one request at a time (two builds of one
/// project must not write one dist/ at once). It ends when idle for <see cref="IdleTimeoutVariable"/> seconds (10
/// minutes by default), when its compiler is rebuilt (the next build starts a server of the new one), when its socket
/// is deleted, or when asked (`gas-compile --shutdown-servers`).
/// </summary>
internal sealed class BuildServer
{
    public const string IdleTimeoutVariable = "GAS_COMPILE_SERVER_IDLE_SECONDS";
    private static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private readonly ServerLocation _location;
    private readonly TimeSpan _idleTimeout;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly CompilationInputCache _cache = new();
    private int _compilations;
    private int _busy;
    private long _lastActivity = Environment.TickCount64;

    private BuildServer(ServerLocation location, TimeSpan idleTimeout)
    {
        _location = location;
        _idleTimeout = idleTimeout;
    }

    public static int Run()
    {
        // Nobody reads the server's console: the client that started it closed those pipes.
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Null);
        var location = ServerLocation.OfThisCompiler();
        location.CreateFolder();
        FileStream ownership;
        try
        {
            ownership = new FileStream(location.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return ExitCodes.Success;
        }
        using (ownership)
        {
            var idle = int.TryParse(Environment.GetEnvironmentVariable(IdleTimeoutVariable), out var seconds) && seconds > 0
                ? TimeSpan.FromSeconds(seconds)
                : DefaultIdleTimeout;
            return new BuildServer(location, idle).ServeAsync().GetAwaiter().GetResult();
        }
    }

    private async Task<int> ServeAsync()
    {
        File.Delete(_location.SocketPath);
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(_location.SocketPath));
        listener.Listen(16);
        Log($"started, process {Environment.ProcessId}, idle timeout {_idleTimeout.TotalSeconds} s");
        var watch = WatchForEndAsync();
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                var connection = await listener.AcceptAsync(_stopping.Token);
                _ = Task.Run(() => HandleAsync(connection));
            }
        }
        catch (OperationCanceledException)
        {
        }
        // Wait for a compilation under way, so that it is answered and its dist/ is whole.
        await _oneAtATime.WaitAsync();
        File.Delete(_location.SocketPath);
        Log($"stopped: {await watch}");
        return ExitCodes.Success;
    }

    private async Task<string> WatchForEndAsync()
    {
        var identity = _location.Identity;
        while (true)
        {
            try
            {
                await Task.Delay(CheckInterval, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return "asked to end";
            }
            string? reason = null;
            if (Volatile.Read(ref _busy) == 0 && Environment.TickCount64 - Interlocked.Read(ref _lastActivity) > _idleTimeout.TotalMilliseconds) reason = "idle";
            else if (!File.Exists(_location.SocketPath)) reason = "its socket was deleted";
            else if (ServerLocation.IdentityOf(AppContext.BaseDirectory) != identity) reason = "its compiler was rebuilt";
            if (reason is null) continue;
            _stopping.Cancel();
            return reason;
        }
    }

    private async Task HandleAsync(Socket connection)
    {
        Interlocked.Increment(ref _busy);
        try
        {
            await using var stream = new NetworkStream(connection, ownsSocket: true);
            var request = await ServerMessages.ReadAsync<ServerRequest>(stream, CancellationToken.None);
            if (request is null) return;
            await _oneAtATime.WaitAsync();
            ServerResponse response;
            try
            {
                response = request.Compile is { } compile ? Compile(compile) : new ServerResponse(ExitCodes.Success, "", "", Environment.ProcessId, _compilations);
            }
            finally
            {
                _oneAtATime.Release();
            }
            await ServerMessages.WriteAsync(stream, response, CancellationToken.None);
            if (request.Shutdown) _stopping.Cancel();
        }
        catch (Exception exception) when (exception is IOException or SocketException or System.Text.Json.JsonException)
        {
            Log($"a connection failed: {exception.Message}");
        }
        finally
        {
            Interlocked.Exchange(ref _lastActivity, Environment.TickCount64);
            Interlocked.Decrement(ref _busy);
        }
    }

    private ServerResponse Compile(CompileRequest request)
    {
        var number = ++_compilations;
        var output = new StringWriter();
        var error = new StringWriter();
        var clock = Stopwatch.StartNew();
        int exitCode;
        try
        {
            exitCode = request.Run(output, error, _cache);
        }
        catch (Exception exception)
        {
            error.WriteLine($"gas-compile: internal error: {exception}");
            exitCode = ExitCodes.InternalError;
        }
        Log($"compilation {number} of {request.Inputs ?? request.Project}: exit code {exitCode}, {clock.ElapsedMilliseconds} ms");
        return new ServerResponse(exitCode, output.ToString(), error.ToString(), Environment.ProcessId, number);
    }

    private void Log(string message)
    {
        try
        {
            File.AppendAllText(_location.LogPath, $"{DateTime.UtcNow:O} {message}\n");
        }
        catch (IOException)
        {
        }
    }
}

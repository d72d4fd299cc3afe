using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace AppsScript.Compiler.Cli.Server;

/// <summary>What a client asks the build server: a compilation, or that it ends.</summary>
internal sealed record ServerRequest(CompileRequest? Compile, bool Shutdown = false);

/// <summary>
/// The server's answer: what the compilation printed and its exit code, as the process would have, and which server
/// answered and how many compilations it has run, so that a build can tell a warm compilation from a cold one.
/// </summary>
internal sealed record ServerResponse(int ExitCode, string Output, string Error, int ServerProcessId, int Compilations);

/// <summary>Messages travel as one line of JSON each, so either side knows where one ends without a length prefix.</summary>
internal static class ServerMessages
{
    public static async Task WriteAsync<T>(Stream stream, T message, CancellationToken cancellation)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(message);
        await stream.WriteAsync(line, cancellation);
        await stream.WriteAsync("\n"u8.ToArray(), cancellation);
        await stream.FlushAsync(cancellation);
    }

    /// <summary>The next message, or null when the other side closed the connection before sending one whole.</summary>
    public static async Task<T?> ReadAsync<T>(Stream stream, CancellationToken cancellation) where T : class
    {
        using var reader = new StreamReader(stream, leaveOpen: true);
        var line = await reader.ReadLineAsync(cancellation);
        return string.IsNullOrEmpty(line) ? null : JsonSerializer.Deserialize<T>(line);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AppsScript.Emulator.Tests.Support;

/// <summary>
/// A real HTTP server on a 127.0.0.1 port that answers every request "ok" after <c>delay</c> of real time, and
/// notes when (system clock) each request arrived: the network end of the real-clock tests.
/// </summary>
internal sealed class SlowLoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly TimeSpan _delay;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<DateTimeOffset> _arrivals = new();
    private readonly Task _serving;

    public SlowLoopbackServer(TimeSpan delay)
    {
        _delay = delay;
        _listener.Start();
        _serving = ServeAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/slow";

    public IReadOnlyList<DateTimeOffset> Arrivals
    {
        get
        {
            lock (_arrivals) return _arrivals.ToArray();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
            // Stopping is how the accept loop ends.
        }
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
            while (!string.IsNullOrEmpty(await reader.ReadLineAsync(_stop.Token)))
            {
                // The request line and headers; a GET has no body.
            }
            lock (_arrivals) _arrivals.Add(DateTimeOffset.UtcNow);
            await Task.Delay(_delay, _stop.Token);
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"u8.ToArray(), _stop.Token);
        }
    }
}

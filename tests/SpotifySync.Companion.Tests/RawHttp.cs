using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// HTTP/1.1 written by hand to a loopback port, for what HttpClient never sends: a broken chunked encoding, a body or
/// headers that stop halfway. Returns the status of the answer, or null when the server closed without one.
/// </summary>
internal static class RawHttp
{
    /// <param name="start">The request as far as it is sent: whatever should follow never comes, and the connection stays open until the server answers or closes it.</param>
    public static async Task<int?> SendAsync(Uri server, string start, TimeSpan hangGuard)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(start));
        var buffer = new byte[256];
        var read = 0;
        try
        {
            // The status line is all the test needs; the guard only keeps a server that never answers from hanging the test.
            read = await stream.ReadAsync(buffer).AsTask().WaitAsync(hangGuard);
        }
        catch (IOException)
        {
            return null;
        }
        var line = Encoding.ASCII.GetString(buffer, 0, read);
        return line.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(line.AsSpan(9, 3), provider: System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}

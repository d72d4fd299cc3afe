using System.Net;
using System.Net.Sockets;

namespace SpotifySync.Companion.Tests;

/// <summary>Ports on 127.0.0.1 for child processes to serve on, or to find nothing listening on.</summary>
internal static class LoopbackPorts
{
    /// <summary>A port nothing listens on now: the system's pick for a listener that is closed at once.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

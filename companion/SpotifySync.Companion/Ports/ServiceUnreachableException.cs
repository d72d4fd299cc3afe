using System.Net.Http;

namespace SpotifySync.Companion.Ports;

/// <summary>
/// Notion or Spotify could not be reached at all: the connection was refused or failed, or the host name did not
/// resolve (this machine is offline, or a base URL setting is wrong). Still an <see cref="HttpRequestException"/>, so
/// whatever handles transport failures handles it as before; its message says what happened in a person's terms.
/// </summary>
public sealed class ServiceUnreachableException(string message, HttpRequestException inner)
    : HttpRequestException(inner.HttpRequestError, message, inner);

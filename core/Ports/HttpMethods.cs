namespace SpotifySync.Core.Ports;

/// <summary>The HTTP methods of <see cref="HttpRequest.Method"/>, lowercase as Apps Script's UrlFetchApp takes them.</summary>
public static class HttpMethods
{
    public const string Get = "get";
    public const string Post = "post";
    public const string Patch = "patch";
    public const string Put = "put";
    public const string Delete = "delete";
}

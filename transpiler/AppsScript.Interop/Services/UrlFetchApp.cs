using System.Collections.Generic;

namespace AppsScript.Interop.Services;

/// <summary>
/// Apps Script's <c>UrlFetchApp</c>: HTTP and HTTPS requests from Google's servers. Calls block until the
/// response arrives. Needs the <c>https://www.googleapis.com/auth/script.external_request</c> scope when the
/// manifest lists its scopes.
/// </summary>
[External]
public static class UrlFetchApp
{
    /// <summary>Makes a GET request to the URL and returns the response; throws for a non-2xx status.</summary>
    public static extern HTTPResponse Fetch(string url);

    /// <summary>
    /// Makes a request to the URL with the given options and returns the response. A non-2xx status throws
    /// unless <see cref="UrlFetchRequestOptions.MuteHttpExceptions"/> is true.
    /// </summary>
    public static extern HTTPResponse Fetch(string url, UrlFetchRequestOptions options);

    /// <summary>Makes several requests at once (the documented way to fetch in parallel) and returns the responses in the same order.</summary>
    public static extern HTTPResponse[] FetchAll(IReadOnlyList<UrlFetchRequest> requests);

    /// <summary>Returns the request a GET of the URL would make, without sending it.</summary>
    public static extern UrlFetchRequest GetRequest(string url);

    /// <summary>Returns the request <see cref="Fetch(string, UrlFetchRequestOptions)"/> would make, without sending it.</summary>
    public static extern UrlFetchRequest GetRequest(string url, UrlFetchRequestOptions options);
}

/// <summary>The HTTP methods <c>UrlFetchApp</c> accepts, as the lowercase strings its <c>method</c> option takes.</summary>
public static class HttpMethod
{
    public const string Get = "get";
    public const string Delete = "delete";
    public const string Patch = "patch";
    public const string Post = "post";
    public const string Put = "put";
}

/// <summary>
/// The options of a <c>UrlFetchApp</c> request (<c>URLFetchRequestOptions</c>). Created with an object
/// initialiser, it becomes an object literal holding only the options set; unset ones keep Apps Script's defaults.
/// </summary>
[External]
public class UrlFetchRequestOptions
{
    /// <summary>The request's content type; Apps Script's default is <c>application/x-www-form-urlencoded</c>.</summary>
    public string? ContentType { get; set; }

    /// <summary>The request headers, a map of header name to value.</summary>
    public Dictionary<string, string>? Headers { get; set; }

    /// <summary>
    /// The HTTP method, lowercase (<see cref="HttpMethod"/>); the default is <c>get</c>. The Apps Script
    /// typings accept only the five lowercase literals, so <c>tsc --checkJs</c> rejects a method held in a
    /// string variable of the script's own: set it from a constant in the initialiser or from a parameter.
    /// </summary>
    public string? Method { get; set; }

    /// <summary>
    /// The request body: a string (with <see cref="ContentType"/> saying what it is, e.g. JSON text), a
    /// <see cref="Blob"/>, or an object whose members become form fields.
    /// </summary>
    public object? Payload { get; set; }

    /// <summary>False to accept invalid HTTPS certificates; the default is true.</summary>
    public bool? ValidateHttpsCertificates { get; set; }

    /// <summary>False to return a redirect response instead of following it; the default is true.</summary>
    public bool? FollowRedirects { get; set; }

    /// <summary>True to return a non-2xx response instead of throwing; the default is false.</summary>
    public bool? MuteHttpExceptions { get; set; }

    /// <summary>False to send reserved characters in the URL unescaped; the default is true.</summary>
    public bool? Escaping { get; set; }
}

/// <summary>One request of <see cref="UrlFetchApp.FetchAll"/>: the URL and its options (<c>URLFetchRequest</c>).</summary>
[External]
public sealed class UrlFetchRequest : UrlFetchRequestOptions
{
    /// <summary>The URL to fetch.</summary>
    public string Url { get; set; } = "";
}

/// <summary>An HTTP response of <c>UrlFetchApp</c>.</summary>
[External]
public interface HTTPResponse
{
    /// <summary>The HTTP status code, such as 200 or 429.</summary>
    int GetResponseCode();

    /// <summary>The body decoded as a string in the charset the response declares (UTF-8 when it declares none).</summary>
    string GetContentText();

    /// <summary>The body decoded as a string in the given charset, such as <c>"UTF-8"</c>.</summary>
    string GetContentText(string charset);

    /// <summary>The raw body bytes, signed as Apps Script gives them (-128 to 127).</summary>
    sbyte[] GetContent();

    /// <summary>The body as a <see cref="Blob"/>.</summary>
    Blob GetBlob();

    /// <summary>The response headers, a map of header name to value.</summary>
    Dictionary<string, string> GetHeaders();

    /// <summary>The response headers, a map of header name to value, a header with several values holding an array of strings.</summary>
    Dictionary<string, object> GetAllHeaders();
}

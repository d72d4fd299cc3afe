using System.Collections.Generic;

namespace AppsScript.Interop.Events;

/// <summary>
/// The event object Apps Script passes to a web app's <c>doGet(e)</c>: the request's query string and
/// parameters. A web app cannot read request headers.
/// </summary>
[External]
public class DoGetEvent
{
    /// <summary>The query string after <c>?</c>, or null when the URL has none.</summary>
    public string? QueryString { get; set; }

    /// <summary>The first value of each request parameter, keyed by name.</summary>
    public Dictionary<string, string> Parameter { get; set; } = new();

    /// <summary>Every value of each request parameter, keyed by name.</summary>
    public Dictionary<string, string[]> Parameters { get; set; } = new();

    /// <summary>The URL path after <c>/exec</c> or <c>/dev</c>, such as <c>"status"</c> for <c>/exec/status</c>.</summary>
    public string? PathInfo { get; set; }

    /// <summary>Always the empty string; kept because Apps Script sets it.</summary>
    public string ContextPath { get; set; } = "";

    /// <summary>The request body's length, -1 for a GET.</summary>
    public int ContentLength { get; set; }
}

/// <summary>The event object Apps Script passes to a web app's <c>doPost(e)</c>: what <c>doGet</c> gets, plus the body.</summary>
[External]
public sealed class DoPostEvent : DoGetEvent
{
    /// <summary>The request body, or null when the request had none.</summary>
    public PostData? PostData { get; set; }
}

/// <summary>The body of a POST request to a web app (<c>e.postData</c>).</summary>
[External]
public sealed class PostData
{
    /// <summary>The body's length.</summary>
    public int Length { get; set; }

    /// <summary>The body's MIME type, such as <c>"application/json"</c>.</summary>
    public string Type { get; set; } = "";

    /// <summary>The body as text.</summary>
    public string Contents { get; set; } = "";

    /// <summary>Always <c>"postData"</c>.</summary>
    public string Name { get; set; } = "";
}

namespace AppsScript.Interop.Services;

/// <summary>
/// Apps Script's <c>HtmlService</c>: HTML pages a web app or a callback (an OAuth redirect) returns, served
/// sandboxed in an iframe.
/// </summary>
[External]
public static class HtmlService
{
    /// <summary>An empty HTML output.</summary>
    public static extern HtmlOutput CreateHtmlOutput();

    /// <summary>An HTML output holding the markup.</summary>
    public static extern HtmlOutput CreateHtmlOutput(string html);
}

/// <summary>An HTML page built with <see cref="HtmlService"/>.</summary>
[External]
public interface HtmlOutput
{
    /// <summary>Appends markup; returns the output for chaining.</summary>
    HtmlOutput Append(string addedContent);

    /// <summary>Appends text, escaped so that it shows as written; returns the output for chaining.</summary>
    HtmlOutput AppendUntrusted(string addedContent);

    /// <summary>Empties the content; returns the output for chaining.</summary>
    HtmlOutput Clear();

    /// <summary>The markup.</summary>
    string GetContent();

    /// <summary>Replaces the markup; returns the output for chaining.</summary>
    HtmlOutput SetContent(string content);

    /// <summary>The page title.</summary>
    string GetTitle();

    /// <summary>Sets the page title; returns the output for chaining.</summary>
    HtmlOutput SetTitle(string title);
}

namespace AppsScript.Interop.Services;

/// <summary>
/// Apps Script's <c>ContentService</c>: the text a web app's <c>doGet</c> or <c>doPost</c> returns. A
/// <see cref="TextOutput"/> has no status code and no custom headers, and callers are redirected once to
/// <c>script.googleusercontent.com</c> before they read it.
/// </summary>
[External]
public static class ContentService
{
    /// <summary>An empty text output.</summary>
    public static extern TextOutput CreateTextOutput();

    /// <summary>A text output holding the content, served as plain text until <see cref="TextOutput.SetMimeType"/> says otherwise.</summary>
    public static extern TextOutput CreateTextOutput(string content);

    /// <summary>The content types a text output can be served as (<c>ContentService.MimeType</c>). Members keep Apps Script's names.</summary>
    public enum MimeType
    {
        ATOM,
        CSV,
        ICAL,
        JAVASCRIPT,
        JSON,
        RSS,
        TEXT,
        VCARD,
        XML,
    }
}

/// <summary>Text content a web app returns, built with <see cref="ContentService"/>.</summary>
[External]
public interface TextOutput
{
    /// <summary>Appends to the content; returns the output for chaining.</summary>
    TextOutput Append(string addedContent);

    /// <summary>Empties the content; returns the output for chaining.</summary>
    TextOutput Clear();

    /// <summary>The content.</summary>
    string GetContent();

    /// <summary>Replaces the content; returns the output for chaining.</summary>
    TextOutput SetContent(string content);

    /// <summary>The content type the output is served as.</summary>
    ContentService.MimeType GetMimeType();

    /// <summary>Sets the content type the output is served as; returns the output for chaining.</summary>
    TextOutput SetMimeType(ContentService.MimeType mimeType);

    /// <summary>Makes browsers download the content as a file of the given name; returns the output for chaining.</summary>
    TextOutput DownloadAsFile(string filename);

    /// <summary>The file name set by <see cref="DownloadAsFile"/>, or null when it was not called.</summary>
    string? GetFileName();
}

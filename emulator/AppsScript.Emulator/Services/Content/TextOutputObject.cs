using System.Collections.Generic;
using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Runtime;
using Jint;
using Jint.Runtime;
using Jint.Native;

namespace AppsScript.Emulator.Services.Content;

/// <summary>A <c>TextOutput</c>: text a web app returns, with its MIME type (no status code or headers, as in Apps Script).</summary>
internal sealed class TextOutputObject : HostObject
{
    private static readonly Dictionary<string, string> MediaTypes = new()
    {
        ["ATOM"] = "application/atom+xml",
        ["CSV"] = "text/csv",
        ["ICAL"] = "text/calendar",
        ["JAVASCRIPT"] = "application/javascript",
        ["JSON"] = "application/json",
        ["RSS"] = "application/rss+xml",
        ["TEXT"] = "text/plain",
        ["VCARD"] = "text/vcard",
        ["XML"] = "text/xml",
    };

    private string _mimeType = "TEXT";
    private string? _fileName;

    public TextOutputObject(JsHost host, JsEnum mimeTypes, string content)
        : base(host, "ContentService.TextOutput")
    {
        Content = content;
        Method("getContent", 0, _ => Content);
        Method("setContent", 1, arguments => Chain(() => Content = arguments.At(0).AsText()));
        Method("append", 1, arguments => Chain(() => Content += arguments.At(0).AsText()));
        Method("clear", 0, _ => Chain(() => Content = ""));
        Method("getMimeType", 0, _ => mimeTypes[_mimeType]);
        Method("setMimeType", 1, arguments => Chain(() => _mimeType = mimeTypes.NameOf(arguments.At(0), "mimeType")));
        Method("getFileName", 0, _ => host.String(_fileName));
        Method("downloadAsFile", 1, arguments => Chain(() => _fileName = arguments.At(0).AsText()));
    }

    public static IReadOnlyList<string> MimeTypeNames { get; } = [.. MediaTypes.Keys];

    public string Content { get; private set; }

    public WebOutput ToWebOutput() => new(Content, MediaTypes[_mimeType], null);

    private JsValue Chain(System.Action change)
    {
        change();
        return this;
    }
}

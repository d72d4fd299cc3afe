using System.Net;
using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Runtime;
using Jint;
using Jint.Runtime;
using Jint.Native;

namespace AppsScript.Emulator.Services.Html;

/// <summary>An <c>HtmlOutput</c>: the HTML page a web app (or an OAuth callback) returns, with its title and size.</summary>
internal sealed class HtmlOutputObject : HostObject
{
    private string? _title;
    private int _width = 600;
    private int _height = 400;

    public HtmlOutputObject(JsHost host, HtmlServiceEnums enums, string content)
        : base(host, "HtmlService.HtmlOutput")
    {
        Content = content;
        Method("getContent", 0, _ => Content);
        Method("setContent", 1, arguments => Chain(() => Content = arguments.At(0).AsText()));
        Method("append", 1, arguments => Chain(() => Content += arguments.At(0).AsText()));
        Method("appendUntrusted", 1, arguments => Chain(() => Content += WebUtility.HtmlEncode(arguments.At(0).AsText())));
        Method("clear", 0, _ => Chain(() => Content = ""));
        Method("getTitle", 0, _ => host.String(_title));
        Method("setTitle", 1, arguments => Chain(() => _title = arguments.At(0).AsText()));
        Method("getWidth", 0, _ => _width);
        Method("setWidth", 1, arguments => Chain(() => _width = (int)arguments.At(0).AsInteger()));
        Method("getHeight", 0, _ => _height);
        Method("setHeight", 1, arguments => Chain(() => _height = (int)arguments.At(0).AsInteger()));
        Method("setXFrameOptionsMode", 1, arguments => Chain(() => enums.XFrameOptionsMode.NameOf(arguments.At(0), "mode")));
        Method("setSandboxMode", 1, arguments => Chain(() => enums.SandboxMode.NameOf(arguments.At(0), "mode")));
    }

    public string Content { get; private set; }

    public WebOutput ToWebOutput() => new(Content, "text/html", _title);

    private JsValue Chain(System.Action change)
    {
        change();
        return this;
    }
}

internal sealed record HtmlServiceEnums(JsEnum XFrameOptionsMode, JsEnum SandboxMode);

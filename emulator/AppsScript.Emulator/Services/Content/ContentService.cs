using AppsScript.Emulator.Interop;

using Jint.Runtime;

namespace AppsScript.Emulator.Services.Content;

/// <summary><c>ContentService</c>: <c>createTextOutput</c> and the <c>MimeType</c> enum.</summary>
internal static class ContentService
{
    public static HostObject Create(JsHost host)
    {
        var mimeTypes = new JsEnum(host, "ContentService.MimeType", TextOutputObject.MimeTypeNames);
        return host.Object("ContentService")
            .Value("MimeType", mimeTypes.Object)
            .Method("createTextOutput", 0, arguments => new TextOutputObject(host, mimeTypes, arguments.At(0).AsOptionalText() ?? ""));
    }
}
